/**
 * A state's demonym standing as a noun for its people ("Swedes", "two Britons", "Filipinos", "a
 * Spaniard", "Englishmen") names people of that state, who may be anywhere: they are a party coded
 * with their state, but do not tell which state a story's "police" or "army" belong to. (Their sector
 * stays empty: the events stage reads CVL with a state code as private people, whose dealings with a
 * company or a candidate are no events.) The adjective alone ("Swedish", "the U.S.") and a role noun
 * after it ("Swedish diplomats", read as a role phrase elsewhere) say nothing of the kind.
 */

/** Plural people nouns: "Swedes", "Iraqis", "Britons", "Englishmen" (not "Swiss", "Seychellois"). */
const PLURAL_PEOPLE = /^\p{Lu}[\p{L}'-]*(?:s|men)$/u;

/** Adjectives that end like a plural: "Swiss", "Seychellois", "Malagasy" aside. */
const NOT_PLURAL = /(?:ss|ois|us)$/;

/** Singular people nouns after an indefinite article: "a Swede", "an American", "a Frenchman". */
const SINGULAR_AFTER = new Set(['a', 'an', 'one', 'another']);

/**
 * Whether the demonym spanning tokens [t0, end) names people here: its last word is a plural
 * people noun, or an indefinite article stands before it, and no noun follows that it describes.
 */
export function namesPeople(
  w: readonly string[],
  k: readonly string[],
  upos: readonly string[] | undefined,
  t0: number,
  end: number,
): boolean {
  const next = upos?.[end];
  if (next === 'NOUN' || next === 'PROPN') return false;
  const last = w[end - 1] ?? '';
  if (PLURAL_PEOPLE.test(last) && !NOT_PLURAL.test(last)) return true;
  return SINGULAR_AFTER.has(k[t0 - 1] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(last);
}
