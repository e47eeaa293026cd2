/** Dates as Dutch readers write them; apart from nl.ts so an island can use it without the site's strings. */

/** Formats a date as "28 november 2026". */
export const formatDate = (d: Date) =>
  d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** Formats a date as "november 2026": for "checked on" lines, where the day adds nothing. */
export const formatMonth = (d: Date) =>
  d.toLocaleDateString('nl-NL', { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
