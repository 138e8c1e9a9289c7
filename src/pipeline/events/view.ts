import type { Document } from '../../core/document.js';
import type { EventLexicon } from '../../knowledge/events/index.js';
import type { Mention, Place } from '../../schema/output.js';
import type { Sentence, Token } from '../segment/index.js';
import '../syntax/types.js';
import '../assemble/layers.js';
import type {} from '../actors/index.js';
import { counterpartPlace, sentenceCountryFits } from './sentence-country.js';

/**
 * One sentence seen by the event coder: its tokens (sentence-relative indexes), their lower-case
 * forms and lemmas, and, when the `syntax` layer is present, tags and dependencies; plus the
 * actor mentions covering each token.
 */
export interface SentenceView {
  readonly index: number;
  readonly sentence: Sentence;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly lemma: readonly string[];
  readonly upos: readonly (string | null)[];
  /** Penn tags ("VBN", "VBG"), or null when there is no parse. */
  readonly xpos: readonly (string | null)[];
  /** Sentence-relative head index, -1 for the root or when there is no parse. */
  readonly head: readonly number[];
  readonly deprel: readonly string[];
  readonly parsed: boolean;
  /** Index into `mentions` of the mention covering each token, or -1 (possessive pronouns excluded). */
  readonly mentionAt: readonly number[];
  /** Index into `mentions` of a possessive pronoun ("its") at each token, or -1: owners of nouns only. */
  readonly possessorAt: readonly number[];
  /** Actor mentions of this sentence (with a code or a sector). */
  readonly mentions: readonly Mention[];
  /** Sentence-relative token range of each mention. */
  readonly mentionTokens: readonly { readonly first: number; readonly last: number }[];
  /** Every token, lemma and token prefix of 3+ letters (to pre-filter phrase patterns). */
  readonly stems: ReadonlySet<string>;
  /** Children of each token (when parsed). */
  readonly children: readonly (readonly number[])[];
}

const isActor = (m: Mention): boolean => Boolean(m.code || m.sector);

/** Sectors of organisations, whose names may hold the place they are based in ("a UK-based group"). */
export const ORGANISATION = /^(NGO|IGO|MED|BUS|EDU|HRI|HLH)$/;

/**
 * Generic actors without a country ("Rebels in the Ivory Coast", "French paper workers") take the
 * country of the place they are "in"/"from", or of the demonym right before them. Copies; the
 * actors layer is not changed.
 */
function withCountries(
  text: string,
  ms: readonly Mention[],
  places: readonly Place[],
  sentences: readonly Sentence[],
): Mention[] {
  const bySentence = new Map<Sentence, { here: Set<string | null>; others: boolean; local: Place[] }>();
  const partisan = (p: Place): boolean => /\b(anti|pro)-$/i.test(text.slice(Math.max(0, p.start - 5), p.start));
  // "ethnic Albanians … in Serbia": an ethnic group is coded by the one country its sentence is in
  const ethnicGroup = (m: Mention): Mention => {
    const prep = /^\s+(?:in|of)\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 20));
    const at = prep ? m.end + prep[0].length : -1;
    const there = places.find((p) => p.start === at && p.country);
    if (there?.country) return { ...m, code: there.country };
    const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    if (!s) return m;
    const count = new Map<string, number>();
    for (const p of places) {
      if (p.start < s.start || p.end > s.end || !p.country || partisan(p)) continue;
      if (p.end > m.start && p.start < m.end) continue;
      // (its own state, named again: "ethnic Albanians … a council of ethnic Albanians", is no home)
      if (p.country !== m.code) count.set(p.country, (count.get(p.country) ?? 0) + 1);
    }
    // the one country, or the one named more often than any other ("near Macedonia's border with
    // Bulgaria, Macedonian officials said")
    const ranked = [...count].sort((a, b) => b[1] - a[1]);
    const [top, next] = ranked;
    return top && (!next || top[1] > next[1]) ? { ...m, code: top[0] } : m;
  };
  return ms.map((m, i) => {
    const ethnic =
      /(^|\s)ethnic\s/i.test(m.actorText) || /\bethnic\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start));
    if (m.code && ethnic) return ethnicGroup(m);
    // "the Albanians of southern Serbia": a people "of" a place in another country lives there
    if (m.code && (m.kind === 'demonym' || /^(?:the\s+)?\p{Lu}\p{Ll}+s$/u.test(m.actorText))) {
      const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 12));
      const at = of ? m.end + of[0].length : -1;
      // (not an adjective compound: "the Israeli-occupied West Bank")
      const home = places.find((p) => p.start === at && p.country && text[p.end] !== '-');
      if (home?.country) return { ...m, code: home.country };
    }
    if (m.code || !m.sector) return m;
    // "Darfur rebels": a place inside the mention
    // ("anti-Syria journalists", "pro-Russian rebels" are of neither country)
    const inside = places.find((p) => p.start >= m.start && p.end <= m.end && p.country && !partisan(p));
    if (inside?.country) return { ...m, code: inside.country };
    const after = text.slice(m.end, m.end + 40);
    // "rebels in Darfur", "a group based in Trinidad", "activists from the Fatah Party", "dissidents
    // from military-ruled Myanmar" (a hyphenated modifier of the place)
    const prep = /^\s+(?:(?:based|operating|stationed)\s+)?(?:in|from|of)\s+(?:the\s+)?(?:\p{L}+-\p{L}+\s+)?/u.exec(
      after,
    );
    if (prep) {
      const at = m.end + prep[0].length;
      const place = places.find((p) => p.start === at && p.country);
      if (place?.country) return { ...m, code: place.country };
      // (the body's mention may begin with the article the pattern skipped)
      const body = ms.find((x) => x.start > m.end && x.start <= at && x.end > at && x.code && x.kind !== 'pronoun');
      if (body?.code && /\b(from|of)\b/.test(prep[0])) return { ...m, code: body.code };
    }
    const prev = ms[i - 1];
    if (prev?.code && !prev.sector && prev.end < m.start && /^[\s\p{L}-]{0,25}$/u.test(text.slice(prev.end, m.start))) {
      const gap = text.slice(prev.end, m.start).trim();
      if (!/\b(and|or|of|in|to|the|with|against|by|for)\b/i.test(gap)) return { ...m, code: prev.code };
    }
    // a sentence whose places all lie in one country and that names no other: that country
    const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    if (!s) return m;
    let info = bySentence.get(s);
    if (!info) {
      // (a place in an organisation's name, "a UK-based group", is where it is based)
      const based = (p: Place) =>
        ms.some(
          (x) =>
            ORGANISATION.test(x.sector ?? '') &&
            x.start <= p.start &&
            p.end <= x.end &&
            x.end - x.start > p.end - p.start,
        );
      // (a state acted against, "sanctions against X", is no place of the sentence)
      // (nor a people said not to be among those meant: "none of them Americans")
      const local = places.filter(
        (p) =>
          p.start >= s.start &&
          p.end <= s.end &&
          p.country &&
          !partisan(p) &&
          !based(p) &&
          !counterpartPlace(text, p) &&
          !/\bnone\s+of\s+(them|whom|those|these|the)\s+$/i.test(text.slice(Math.max(0, p.start - 30), p.start)),
      );
      const here = new Set(local.map((p) => p.country));
      const others = ms.some((x) => x.start >= s.start && x.end <= s.end && x.code && !here.has(x.code));
      info = { here, others, local };
      bySentence.set(s, info);
    }
    const { here, others, local } = info;
    const country = [...here][0];
    // (not for international organisations)
    if (here.size === 1 && country && !others && !/^(IGO|NGO)$/.test(m.sector)) {
      if (sentenceCountryFits(m, country, local, ms)) return { ...m, code: country };
    }
    return m;
  });
}

/** A dateline opening a sentence: place words, the agency in parentheses, a dash. */
const DATELINE = /^\s*[^()\n]{1,60}?\([^()\n]{1,40}\)\s*[-—–_]+\s*/;

/** Builds the view of every sentence of a document. */
export function sentenceViews(doc: Document, lex: EventLexicon): SentenceView[] {
  const sentences = doc.layers.sentences ?? [];
  const tokens = doc.layers.tokens ?? [];
  const syntax = doc.layers.syntax;
  // possessives and "it" resolved by the actors stage are kept apart from the actor list
  const mentions = [...(doc.layers.mentions ?? []), ...(doc.layers.actorReferences ?? [])].filter(isActor);
  const possessive = (m: Mention): boolean =>
    m.kind === 'pronoun' && /^(its|their|his|her|our|my|your)$/i.test(m.actorText);
  const out: SentenceView[] = [];
  let m = 0;
  const sorted = withCountries(
    doc.text,
    [...mentions].sort((a, b) => a.start - b.start),
    doc.layers.places ?? [],
    sentences,
  );
  sentences.forEach((s, index) => {
    const toks = tokens.slice(s.firstToken, s.lastToken);
    const n = toks.length;
    const lower = toks.map((t) => {
      const w = doc.text.slice(t.start, t.end).toLowerCase();
      return w.includes('’') ? w.replace(/’/g, "'") : w;
    });
    const parsed = Boolean(syntax && syntax.head.length >= s.lastToken);
    const lemma: string[] = [];
    const upos: (string | null)[] = [];
    const xpos: (string | null)[] = [];
    const head: number[] = [];
    const deprel: string[] = [];
    for (let i = 0; i < n; i++) {
      const g = s.firstToken + i;
      const low = lower[i] ?? '';
      let lem = parsed ? (syntax?.lemma[g] ?? low).toLowerCase() : low;
      if (!lex.verbs.has(lem) && !lex.nouns.has(lem)) {
        const v = lex.verbForms.get(low)?.[0] ?? lex.nounForms.get(low)?.[0];
        if (v && (!parsed || lem === low)) lem = v;
      }
      lemma.push(lem);
      upos.push(parsed ? (syntax?.upos[g] ?? null) : null);
      xpos.push(parsed ? (syntax?.xpos[g] ?? null) : null);
      const h = parsed ? (syntax?.head[g] ?? -1) : -1;
      head.push(h >= s.firstToken && h < s.lastToken ? h - s.firstToken : -1);
      deprel.push(parsed ? (syntax?.deprel[g] ?? '') : '');
    }
    while (m < sorted.length && (sorted[m]?.end ?? 0) <= s.start) m++;
    // "BOSTON (Reuters) - …": the agency of a dateline takes no part in the sentence's events
    // (a sentence with no parenthesis in its first 120 characters has none: the pattern is not run)
    const opening = doc.text.slice(s.start, Math.min(s.end, s.start + 120));
    const dateline = opening.includes('(') ? DATELINE.exec(opening) : null;
    const from = s.start + (dateline?.[0].length ?? 0);
    const ms: Mention[] = [];
    for (let k = m; k < sorted.length && (sorted[k]?.start ?? Infinity) < s.end; k++) {
      const x = sorted[k];
      if (x && x.start >= from) ms.push(x);
    }
    const mentionAt = new Array<number>(n).fill(-1);
    const possessorAt = new Array<number>(n).fill(-1);
    const mentionTokens = ms.map((x, mi) => {
      const at = possessive(x) ? possessorAt : mentionAt;
      let first = -1;
      let last = -1;
      // tokens are sorted: skip to the first that ends after the mention starts
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((toks[mid]?.end ?? 0) <= x.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < n; i++) {
        const t = toks[i];
        if (!t || t.start >= x.end) break;
        if (first < 0) first = i;
        last = i;
        if (at[i] === -1) at[i] = mi;
      }
      return { first, last };
    });
    const children: number[][] = [];
    for (let i = 0; i < n; i++) children.push([]);
    for (let i = 0; i < n; i++) {
      const h = head[i] ?? -1;
      if (h >= 0) children[h]?.push(i);
    }
    out.push(
      new View({
        index,
        sentence: s,
        text: doc.text.slice(s.start, s.end),
        tokens: toks,
        lower,
        lemma,
        upos,
        xpos,
        head,
        deprel,
        parsed,
        mentionAt,
        possessorAt,
        mentions: ms,
        mentionTokens,
        children,
      }),
    );
  });
  return out;
}

/**
 * A sentence view whose `stems` are built on first use (only sentences with a pattern-bearing
 * verb need them). The lazy getter sits on the class's prototype: a getter in an object literal
 * made per sentence is stored in an AccessorPair, which V8 allocates in the old generation, so
 * each view's closure and everything it captured survived the young collections and was promoted
 * (about a megabyte per scavenge of one-document-at-a-time coding, freed only by full collections).
 */
class View implements SentenceView {
  readonly index: number;
  readonly sentence: Sentence;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly lemma: readonly string[];
  readonly upos: readonly (string | null)[];
  readonly xpos: readonly (string | null)[];
  readonly head: readonly number[];
  readonly deprel: readonly string[];
  readonly parsed: boolean;
  readonly mentionAt: readonly number[];
  readonly possessorAt: readonly number[];
  readonly mentions: readonly Mention[];
  readonly mentionTokens: readonly { readonly first: number; readonly last: number }[];
  readonly children: readonly (readonly number[])[];
  private stemSet: Set<string> | null = null;

  constructor(f: Omit<SentenceView, 'stems'>) {
    this.index = f.index;
    this.sentence = f.sentence;
    this.text = f.text;
    this.tokens = f.tokens;
    this.lower = f.lower;
    this.lemma = f.lemma;
    this.upos = f.upos;
    this.xpos = f.xpos;
    this.head = f.head;
    this.deprel = f.deprel;
    this.parsed = f.parsed;
    this.mentionAt = f.mentionAt;
    this.possessorAt = f.possessorAt;
    this.mentions = f.mentions;
    this.mentionTokens = f.mentionTokens;
    this.children = f.children;
  }

  get stems(): ReadonlySet<string> {
    if (!this.stemSet) {
      const stems = new Set<string>();
      const { lower, lemma } = this;
      for (let i = 0; i < lower.length; i++) {
        const w = lower[i] ?? '';
        stems.add(lemma[i] ?? w);
        for (let k = Math.max(3, w.length - 3); k <= w.length; k++) stems.add(w.slice(0, k));
      }
      this.stemSet = stems;
    }
    return this.stemSet;
  }
}

/** Tokens of the subtree under `i` (inclusive), in order. */
export function subtree(v: SentenceView, i: number): number[] {
  const out: number[] = [];
  const walk = (k: number) => {
    out.push(k);
    for (const c of v.children[k] ?? []) walk(c);
  };
  walk(i);
  return out.sort((a, b) => a - b);
}

/** The dependents of `i` with a relation starting with one of `rels`. */
export function dependents(v: SentenceView, i: number, ...rels: string[]): number[] {
  const out: number[] = [];
  for (const c of v.children[i] ?? []) {
    const d = v.deprel[c];
    if (d !== undefined && rels.some((r) => relIs(d, r))) out.push(c);
  }
  return out;
}

/** Whether relation `d` is `r` or a subtype of it ("nsubj:pass" of "nsubj"), no string built. */
const relIs = (d: string, r: string): boolean =>
  d === r || (d.length > r.length && d.charCodeAt(r.length) === 58 && d.startsWith(r));
