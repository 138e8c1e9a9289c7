/**
 * The key a place name is indexed and looked up by: no diacritics, lower case, no periods,
 * hyphens and dashes as spaces, one kind of apostrophe, single spaces ("U.S." → "us",
 * "Guinea-Bissau" → "guinea bissau", "Sant Julià" → "sant julia").
 */
// ASCII words (an apostrophe allowed inside or at the end of a word) need only lower-casing
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9']*(?: [A-Za-z0-9][A-Za-z0-9']*)*$/;

export function nameKey(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ʿʾ]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/(^|\s)'/g, '$1')
    .replace(/\./g, '')
    .replace(/[-‐‑–—/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
