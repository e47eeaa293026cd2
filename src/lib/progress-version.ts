/**
 * The version of the progress format (src/stores/progress.ts) and of the progress file
 * (src/lib/progress-file.ts). A module of its own so that the store does not pull in the file parser.
 */
export const VERSION_CURRENT = 1;
