/**
 * The closed vocabularies of the output contract, kept free of zod so the dashboard bundle can
 * import them without the validator.
 */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export const STATUSES = ['asserted', 'claimed', 'denied', 'negated', 'intended', 'hypothetical', 'historical'] as const;
