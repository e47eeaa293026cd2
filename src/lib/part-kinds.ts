/** The kinds of part a session plan has. Kept apart from schemas.ts so islands can use it without zod. */
export const partKinds = ['opening', 'module', 'dilemma', 'gesprek', 'pauze', 'afsluiting'] as const;
