/** Token tests and word lists shared by the actor finder's steps. */
import type { KbActor } from '../../knowledge/index.js';

/** Words that join the capitalised words of a name or a title ("Chiefs of Staff", "bin", "&"). */
export const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'du',
  'da',
  'von',
  'van',
  'der',
  'on',
  '&',
]);

/** A state, or a capital standing for its government ("Kabul"), can also name a place; "the Assad regime" cannot. */
export function isPlaceName(a: KbActor): boolean {
  if (a.kind === 'state') return true;
  if (a.kind !== 'metonym' || a.sector !== 'GOV') return false;
  const words = a.name.replace(/^the /, '').replace(/\b(of|de|al|el)\b/g, '');
  return (
    !/\p{Ll}/u.test(words.replace(/\b\p{Lu}\p{Ll}+/gu, '')) &&
    !/(regime|administration|government|Forces|Force|Army|Ministry|Office|Department|Council|Guards?|Corps|Navy)$/.test(
      a.name,
    )
  );
}

/** A number written in digits ("3", "1,200"). */
export const isNumber = (w: string): boolean => /^\d[\d,.]*$/.test(w);
/** A possessive ending token ("'s", "'"). */
export const isPossessive = (k: string | undefined): boolean => k === "'s" || k === "'";
/** A token with a letter in it. */
export const hasLetter = (w: string): boolean => /\p{L}/u.test(w);
