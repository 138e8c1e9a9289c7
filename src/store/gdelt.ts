import { ADM1_CODES, ISO3_TO_FIPS } from './countries.js';

/**
 * The 61 columns of the GDELT 2.0 event table, in GDELT's order, so GDELT tooling reads dyad
 * exports. Values GDELT computes from things dyad does not measure are left empty
 * (Religion/Ethnic codes). Geo country codes are FIPS 10-4, as in GDELT (Germany GM, Russia RS,
 * Austria AU; knowledge/gazetteer/fips.json); ADM1Code is the FIPS country code and FIPS
 * division code of the place's division (US states by abbreviation, as GDELT writes them:
 * USCA), or the country code alone when there is none, as GDELT writes it.
 * Actor country codes are CAMEO's (ISO alpha-3), as in GDELT. AvgTone is 0 (neutral): GDELT's
 * tone is a sentiment-dictionary score of the whole article (percentage of positive words minus
 * percentage of negative words); dyad ships no sentiment lexicon, and the Goldstein score
 * measures the event, not the article's tone, so no estimate is offered.
 */
type Col = readonly [string, string];

const actor = (n: 1 | 2, side: 'actor' | 'recipient'): Col[] => [
  [
    `Actor${n}Code`,
    `coalesce(e.${side}_code || CASE WHEN length(e.${side}_code) = 3 THEN coalesce(e.${side}_sector, '') ELSE '' END, '')`,
  ],
  [`Actor${n}Name`, `upper(coalesce(e.${side}_name, ''))`],
  [`Actor${n}CountryCode`, `coalesce(e.${side}_country, '')`],
  [`Actor${n}KnownGroupCode`, `CASE WHEN e.${side}_country IS NULL THEN coalesce(e.${side}_code, '') ELSE '' END`],
  [`Actor${n}EthnicCode`, `''`],
  [`Actor${n}Religion1Code`, `''`],
  [`Actor${n}Religion2Code`, `''`],
  [`Actor${n}Type1Code`, `coalesce(e.${side}_sector, '')`],
  [`Actor${n}Type2Code`, `''`],
  [`Actor${n}Type3Code`, `''`],
];

// GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
const GEO_TYPE = `CASE WHEN e.lat IS NULL AND e.place_country IS NULL THEN ''
  WHEN e.place_feature = 'country' THEN '1'
  WHEN e.place_feature IN ('admin1', 'state', 'region', 'province') THEN CASE WHEN e.place_country = 'USA' THEN '2' ELSE '5' END
  ELSE CASE WHEN e.place_country = 'USA' THEN '3' ELSE '4' END END`;

const geo = (prefix: string, located: boolean): Col[] =>
  located
    ? [
        [`${prefix}_Type`, GEO_TYPE],
        [`${prefix}_FullName`, `coalesce(concat_ws(', ', e.place_name, e.place_admin1), '')`],
        [`${prefix}_CountryCode`, `coalesce(cc.fips, '')`],
        [`${prefix}_ADM1Code`, `coalesce(adm.code, cc.fips, '')`],
        [`${prefix}_ADM2Code`, `''`],
        [`${prefix}_Lat`, `coalesce(CAST(round(e.lat, 4) AS VARCHAR), '')`],
        [`${prefix}_Long`, `coalesce(CAST(round(e.lon, 4) AS VARCHAR), '')`],
        [`${prefix}_FeatureID`, `coalesce(CAST(e.geonameid AS VARCHAR), '')`],
      ]
    : ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map(
        (c): Col => [`${prefix}_${c}`, `''`],
      );

export const GDELT_COLUMNS: readonly Col[] = [
  ['GLOBALEVENTID', `CAST(hash(e.key || '#' || e.pair) % 9007199254740991 AS BIGINT)`],
  ['SQLDATE', `coalesce(strftime(e.date, '%Y%m%d'), '')`],
  ['MonthYear', `coalesce(strftime(e.date, '%Y%m'), '')`],
  ['Year', `coalesce(strftime(e.date, '%Y'), '')`],
  ['FractionDate', `coalesce(CAST(round(year(e.date) + (dayofyear(e.date) - 1) / 365.0, 4) AS VARCHAR), '')`],
  ...actor(1, 'actor'),
  ...actor(2, 'recipient'),
  ['IsRootEvent', `CASE WHEN e.sentence <= 1 THEN 1 ELSE 0 END`],
  ['EventCode', `coalesce(e.cameo, '')`],
  ['EventBaseCode', `coalesce(left(e.cameo, 3), '')`],
  ['EventRootCode', `coalesce(left(e.cameo, 2), '')`],
  ['QuadClass', `coalesce(CAST(e.quad_class AS VARCHAR), '')`],
  ['GoldsteinScale', `coalesce(CAST(e.goldstein AS VARCHAR), '')`],
  ['NumMentions', '1 + coalesce(dd.n, 0)'],
  ['NumSources', '1 + coalesce(dd.outlets, 0)'],
  ['NumArticles', '1 + coalesce(dd.n, 0)'],
  ['AvgTone', '0'],
  ...geo('Actor1Geo', false),
  ...geo('Actor2Geo', false),
  ...geo('ActionGeo', true),
  ['DATEADDED', `strftime(d.ingested_at, '%Y%m%d%H%M%S')`],
  ['SOURCEURL', `coalesce(d.url, d.source, '')`],
];

const divisionTable = (): string =>
  `(VALUES ${[...ADM1_CODES].map(([k, code]) => `('${k.replace(/'/g, "''")}', '${code}')`).join(', ')}) adm(k, code)`;

const countryTable = (): string =>
  `(VALUES ${[...ISO3_TO_FIPS].map(([a, b]) => `('${a}', '${b}')`).join(', ')}) cc(iso3, fips)`;

/** SELECT of GDELT 2.0 event rows for the events matched by `where` (alias e). */
export function gdeltSelect(where: string): string {
  return `SELECT ${GDELT_COLUMNS.map(([n, x]) => `${x} AS "${n}"`).join(',\n  ')}
FROM events e JOIN documents d ON d.uid = e.uid
LEFT JOIN (SELECT duplicate_of AS uid, count(*) AS n, count(DISTINCT outlet) AS outlets FROM documents
           WHERE duplicate_of IS NOT NULL GROUP BY 1) dd ON dd.uid = e.uid
LEFT JOIN ${countryTable()} ON cc.iso3 = e.place_country
LEFT JOIN ${divisionTable()} ON e.place_feature <> 'country' AND adm.k = e.place_country || '/' || e.place_admin1
${where}
ORDER BY e.date NULLS LAST, e.key, e.pair`;
}
