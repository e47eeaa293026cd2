// pipwerks-scorm-api-wrapper ships no types: the parts src/islands/scorm-launch.ts uses.
declare module 'pipwerks-scorm-api-wrapper' {
  export const SCORM: {
    version: string;
    init(): boolean;
    get(parameter: string): string;
    set(parameter: string, value: string): boolean;
    save(): boolean;
    quit(): boolean;
  };
  export const debug: { isActive: boolean };
}
