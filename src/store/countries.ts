import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json') as Country[];

/** ISO 3166-1 alpha-3 → alpha-2, from the world-countries package (ODbL; see its LICENSE). */
export const ISO3_TO_ISO2: ReadonlyMap<string, string> = new Map(countries.map((c) => [c.cca3, c.cca2]));

/** The country of an actor code: CAMEO-style codes start with an ISO alpha-3 country ("RUS", "RUSGOV"). */
export function countryOf(code: string | null | undefined): string | null {
  if (!code || code.length < 3) return null;
  const c = code.slice(0, 3).toUpperCase();
  return ISO3_TO_ISO2.has(c) ? c : null;
}
