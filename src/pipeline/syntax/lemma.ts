/**
 * Lemmatiser: suffix-rewrite rules learned per Penn tag (longest known suffix wins), plus the
 * training words whose lemma the rules get wrong, kept as exceptions.
 */

export interface LemmaData {
  /** xpos → suffix → [chars to cut, string to add] */
  readonly rules: Record<string, Record<string, [number, string]>>;
  /** "lower\txpos" → lemma */
  readonly exceptions: Record<string, string>;
}

const MAX_SUFFIX = 5;
const keepsCase = (xpos: string) => xpos === 'NNP' || xpos === 'NNPS';

function base(form: string, xpos: string): string {
  return keepsCase(xpos) ? form : form.toLowerCase();
}

function edit(from: string, to: string): [number, string] {
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  return [from.length - p, to.slice(p)];
}

function applyRules(data: LemmaData, form: string, xpos: string, low: string = form.toLowerCase()): string {
  const b = keepsCase(xpos) ? form : low;
  const table = data.rules[xpos];
  if (!table) return b;
  for (let k = Math.min(MAX_SUFFIX, low.length); k >= 0; k--) {
    const r = table[low.slice(low.length - k)];
    if (r && r[0] <= b.length) return b.slice(0, b.length - r[0]) + r[1];
  }
  return b;
}

export function lemmatize(data: LemmaData, form: string, xpos: string): string {
  const low = form.toLowerCase();
  return data.exceptions[`${low}\t${xpos}`] ?? applyRules(data, form, xpos, low);
}

/**
 * `LemmaData` in Maps, for `lemmatizeWith`: a plain object's property lookup with a string made
 * at run time (each suffix sliced off a word) first looks the string up in the engine's string
 * table, a Map hashes it directly. Rules are grouped by suffix length, and lengths no rule of a
 * tag has are skipped.
 */
export interface CompiledLemmas {
  /** The data compiled (users check that it is their model's). */
  readonly source: LemmaData;
  /** xpos → suffix → [chars to cut, string to add] */
  readonly rules: ReadonlyMap<string, ReadonlyMap<string, readonly [number, string]>>;
  /** xpos → bit k set when some rule of the tag has a suffix of k characters */
  readonly lengths: ReadonlyMap<string, number>;
  /** xpos → lower-case form → lemma */
  readonly exceptions: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The same three by xpos in one record: one lookup of the tag per word. */
  readonly byTag: ReadonlyMap<string, TagLemmas>;
}

/** The rules, suffix lengths and exceptions of one tag. */
export interface TagLemmas {
  readonly rules: ReadonlyMap<string, readonly [number, string]> | undefined;
  readonly lengths: number;
  readonly exceptions: ReadonlyMap<string, string> | undefined;
}

export function compileLemmas(data: LemmaData): CompiledLemmas {
  const rules = new Map<string, Map<string, readonly [number, string]>>();
  const lengths = new Map<string, number>();
  for (const [xpos, table] of Object.entries(data.rules)) {
    const m = new Map<string, readonly [number, string]>();
    let bits = 0;
    for (const [suffix, r] of Object.entries(table)) {
      m.set(suffix, r);
      if (suffix.length <= MAX_SUFFIX) bits |= 1 << suffix.length;
    }
    rules.set(xpos, m);
    lengths.set(xpos, bits);
  }
  const exceptions = new Map<string, Map<string, string>>();
  for (const [key, lemma] of Object.entries(data.exceptions)) {
    const tab = key.lastIndexOf('\t');
    const xpos = key.slice(tab + 1);
    let m = exceptions.get(xpos);
    if (!m) exceptions.set(xpos, (m = new Map()));
    m.set(key.slice(0, tab), lemma);
  }
  const byTag = new Map<string, TagLemmas>();
  for (const xpos of new Set([...rules.keys(), ...exceptions.keys()]))
    byTag.set(xpos, { rules: rules.get(xpos), lengths: lengths.get(xpos) ?? 0, exceptions: exceptions.get(xpos) });
  return { source: data, rules, lengths, exceptions, byTag };
}

/** `lemmatize` with compiled data (the same lemmas). */
export function lemmatizeWith(c: CompiledLemmas, form: string, xpos: string): string {
  const low = form.toLowerCase();
  const tag = c.byTag.get(xpos);
  const ex = tag?.exceptions?.get(low);
  if (ex !== undefined) return ex;
  const b = keepsCase(xpos) ? form : low;
  const table = tag?.rules;
  if (!table) return b;
  const bits = tag.lengths;
  for (let k = Math.min(MAX_SUFFIX, low.length); k >= 0; k--) {
    if ((bits & (1 << k)) === 0) continue;
    const r = table.get(k === 0 ? '' : low.slice(low.length - k));
    if (r && r[0] <= b.length) return b.slice(0, b.length - r[0]) + r[1];
  }
  return b;
}

/** Learns rules and exceptions from (form, xpos, lemma) triples. */
export function trainLemmatizer(words: Iterable<{ form: string; xpos: string; lemma: string }>): LemmaData {
  const edits = new Map<string, Map<string, number>>(); // "xpos\tsuffix" → "cut\tadd" → count
  const seen = new Map<string, Map<string, number>>(); // "lower\txpos" → lemma → count
  const forms = new Map<string, string>();
  for (const w of words) {
    const low = w.form.toLowerCase();
    const b = base(w.form, w.xpos);
    const [cut, add] = edit(b, w.lemma);
    for (let k = 0; k <= Math.min(MAX_SUFFIX, low.length); k++) {
      const key = `${w.xpos}\t${low.slice(low.length - k)}`;
      let m = edits.get(key);
      if (!m) edits.set(key, (m = new Map()));
      const e = `${cut}\t${add}`;
      m.set(e, (m.get(e) ?? 0) + 1);
    }
    const sk = `${low}\t${w.xpos}`;
    let s = seen.get(sk);
    if (!s) seen.set(sk, (s = new Map()));
    s.set(w.lemma, (s.get(w.lemma) ?? 0) + 1);
    forms.set(sk, w.form);
  }
  const best = (m: Map<string, number>): [string, number] => {
    let b: [string, number] = ['', -1];
    for (const [k, v] of m) if (v > b[1] || (v === b[1] && k < b[0])) b = [k, v];
    return b;
  };
  const rules: Record<string, Record<string, [number, string]>> = {};
  const keys = [...edits.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const chosen = new Map<string, string>();
  for (const key of keys) {
    const m = edits.get(key)!;
    const [e, count] = best(m);
    const [xpos, suffix] = key.split('\t') as [string, string];
    const parent = suffix.length === 0 ? undefined : chosen.get(`${xpos}\t${suffix.slice(1)}`);
    if (suffix.length > 0 && count < 2) continue;
    chosen.set(key, e);
    if (parent === e) continue;
    const [cut, add] = e.split('\t') as [string, string];
    let t = rules[xpos];
    if (!t) rules[xpos] = t = {};
    t[suffix] = [Number(cut), add];
  }
  const exceptions: Record<string, string> = {};
  const data: LemmaData = { rules, exceptions };
  for (const [sk, m] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [lemma] = best(m);
    const [, xpos] = sk.split('\t') as [string, string];
    if (applyRules(data, forms.get(sk)!, xpos) !== lemma) exceptions[sk] = lemma;
  }
  return data;
}
