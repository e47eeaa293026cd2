/**
 * Phone numbers in text: found with one pattern (the content lint uses it to keep numbers out of
 * lessons; the pages use it to make every number in a contact's note a tel: link).
 */

/** Dutch phone numbers as written in text: 112, 0900-…, 06-…, 010 123 4567, +31 …, 14 020. */
export const PHONE =
  /(?<![\w.,/-])(?:112|0900[- ]?\d{4}|\+31[\d -]{8,}|0\d{1,3}[- ]?\d{3}[- ]?\d{2,4}(?:[- ]?\d{2})?|14 ?0\d{2,3})(?![\w,/-])/;

/** "070 373 83 14" → "tel:0703738314": digits only (and a leading +). */
export const telHref = (phone: string) => `tel:${phone.trim().replace(/(?!^\+)[^\d]/g, '')}`;

/** Text cut into plain parts and phone numbers, each number with its tel: address. */
export function splitPhones(text: string): { text: string; tel?: string }[] {
  const parts: { text: string; tel?: string }[] = [];
  const all = new RegExp(PHONE.source, 'g');
  let last = 0;
  for (const m of text.matchAll(all)) {
    const number = m[0].trim();
    const at = m.index! + m[0].indexOf(number);
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: number, tel: telHref(number) });
    last = at + number.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
