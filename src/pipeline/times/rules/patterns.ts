export const MOD =
  '(?:(?:the (?:end|beginning|start|middle|rest|remainder) of|early|late|mid|the early part of|the latter part of)[- ]?)?';
export const PART = '(?:morning|afternoon|evening|night)';
export const TZ = '(?:\\s?(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|local time))?';

export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
// words after a four-digit number that make it a quantity, not a year
export const QUANTITY_AFTER =
  /^\s*(?:%|percent|per\b|people|persons|men|women|troops|soldiers|feet|foot|metres|meters|miles|km|kilometers|kilometres|tons|tonnes|barrels|points|shares|dollars|yen|pounds|members|votes|acres|square|units|cars|jobs|workers|employees|cases|deaths|rooms|pages|copies|times|[A-Z]{2,}s?\b)/;
export const YEAR_CUE_BEFORE =
  /\b(?:in|since|of|by|from|until|till|to|before|after|during|between|and|around|circa|c\.|year|early|late|mid|the|in\sthe\syear)[\s-]+$/i;
export const TODAYS_EVENT =
  /^\s*(?:\w+\s)?(?:meeting|talks|vote|session|election|elections|announcement|attack|attacks|decision|summit|rally|protest|game|match|hearing|statement|speech|ceremony|visit|strike|deadline|trading|close|news|report|edition|ruling|verdict|launch)\b/i;
export const QUANTITY_BEFORE = /(?:(?:\$|US\$|No\.|#|\bnumber)\s*|\d[,.])$/i;

export const REL_DAY = '(?:last|next|this|this past|this coming|past|coming)';
export const REL_PERIOD =
  '(?:(?:earlier|later) (?:this|in the|that)|that same|that|this|last|next|the past|the coming|this past|this coming|the previous|the following|the current|the last|the next|the upcoming|previous|past|coming|current|the same|the)';
export const PERIOD_UNIT = '(?:week|weekend|month|year|decade|century|summer|spring|fall|autumn|winter|quarter)';
// a quantity's modifiers a TIMEX3 holds ("more than three years"); "only", "just", "barely" stay out
// ("for only [five hours]"), as the TimeBank annotators left them
const QUANTITY_MODS =
  'more than|less than|fewer than|nearly|almost|around|roughly|approximately|at least|at most|up to|well over|some|the entire|an entire|a full|all';
/** Before "N units ago": with "about" ("about two years ago"). */
export const AGO_MOD = `(?:(?:${QUANTITY_MODS}|about)\\s)?`;
/** Before a duration: "about" stays out too ("spent about [five hours]"). */
export const DUR_MOD = `(?:(?:${QUANTITY_MODS})\\s)?`;
export const DUR_REL =
  '(?:the\\s)?(?:(?:past|last|next|first|final|coming|previous|latest|following|ensuing|initial|remaining|other|same|early|late|recent|year-earlier|year-ago|comparable|corresponding)\\s)?';
