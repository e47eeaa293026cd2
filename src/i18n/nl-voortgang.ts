/**
 * Messages of Mijn voortgang (src/islands/my-progress.ts). Apart from nl.ts so that the lesson
 * islands, which share nl.ts's chunk, do not ship them (the same reason nl-sessie.ts exists).
 */
export const progressText = {
  downloaded: 'Je voortgang is gedownload.',
  noFile: 'Kies eerst een bestand. Daarna klik je op Inladen.',
  unchanged: 'Je voortgang is niet veranderd.',
  merged: 'Je voortgang is samengevoegd.',
  replaced: 'Je voortgang is vervangen.',
  migrated: (v: number) => `Het bestand kwam van versie ${v} en is omgezet.`,
  unknown: (ids: string[]) => `${ids.length} onderdelen bestaan hier (nog) niet; ze zijn bewaard maar worden niet getoond: ${ids.join(', ')}.`,
  wiped: 'Je voortgang is gewist.',
} as const;
