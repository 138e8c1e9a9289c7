/**
 * Which way a time expression points: the tense of the words around it. News reports in the
 * past tense, so an unmarked weekday is the most recent one; "will meet Friday" is the next one.
 * Reads the syntax layer's Penn tags when present, else lexical cues.
 */
import type { SyntaxLayer } from '../syntax/types.js';

export type Tense = 'past' | 'future' | null;

// words that put the clause in the future ("will meet Friday", "as soon as Tuesday")
const FUTURE = new Set(
  "will 'll shall would going scheduled expected expects expect due upcoming intends intend tomorrow wo until soon early resume postponed might".split(
    ' ',
  ),
);
// past-tense words of reports; besides these, any "-ed" word not listed in NOT_PAST
const PAST = new Set(
  (
    'was were had did said told ago last yesterday earlier went came took met held made gave left fell rose won lost ' +
    'began sent saw found struck fought shot led broke spoke wrote ran thought brought bought sold paid kept became got ' +
    'knew stood flew drew grew threw chose rode fled sought sank slid sprang swore tore wore woke hung bore spent built ' +
    'felt heard meant lent dealt since'
  ).split(' '),
);
const NOT_PAST = new Set(
  'need needed indeed speed seed feed bed red shed hundred united limited based related proposed so-called armed alleged reported planned'.split(
    ' ',
  ),
);

const WORD = /[A-Za-z']+/g;
// a participle after "be" or a determiner is passive or adjectival ("would be paid", "an unspecified date"), not past tense
const PARTICIPLE_BEFORE = /\b(?:be|been|being|is|are|am|a|an|the|still|very|newly|its|their|his|her|our|long)\s+$/i;
// verbs and adjectives after which an infinitive is still to come: "plans to visit Friday"
const FUTURE_GOVERNORS = new Set(
  (
    'plan planned plans agree agreed expect expected scheduled set due is are was were be hope hoped want wanted intend ' +
    'decide decided promise promised vow vowed threaten threatened pledge pledged aim going ready prepared likely able ' +
    'seek seeks sought propose proposed offer offered try tried attempt attempts wish wished prepare prepares ' +
    'poised about sure certain unlikely refuse refused'
  ).split(' '),
);
const INFINITIVE =
  /^to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|be|last|next|about|more|less|some|all|any|each|date|what|which|whom?)\b|\d)[a-z]+(?<!ed|ing|[^su]s)\b/;

/** Lexical tense of the clause around `[start, end)` within `[lo, hi)` of `text`. */
export function lexicalTense(text: string, lo: number, hi: number, start: number, end: number): Tense {
  let best: Tense = null;
  let bestDist = Number.POSITIVE_INFINITY;
  const from = Math.max(lo, start - 80);
  const to = Math.min(hi, end + 40);
  const window = text.slice(from, to);
  for (const m of window.matchAll(WORD)) {
    const at = from + (m.index ?? 0);
    if (at >= start && at < end) continue;
    const w = m[0].toLowerCase();
    let t: Tense = null;
    if (FUTURE.has(w)) t = 'future';
    else if (
      (PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w))) &&
      !PARTICIPLE_BEFORE.test(text.slice(Math.max(lo, at - 12), at))
    )
      t = 'past';
    // "to acquire", "to expire": an infinitive points ahead of its report
    if (!t && at < start && start - at <= 40 && w === 'to' && INFINITIVE.test(text.slice(at, at + 24))) {
      const governor = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(lo, at - 20), at))?.[1]?.toLowerCase() ?? '';
      if (FUTURE_GOVERNORS.has(governor) || FUTURE_GOVERNORS.has(governor.replace(/(?:s|ed|d)$/, ''))) t = 'future';
    }
    // "by Friday", "until Nov. 9": a deadline
    if (!t && at < start && (w === 'by' || w === 'until') && /^\s*$/.test(text.slice(at + w.length, start)))
      t = 'future';
    if (!t) continue;
    // words after the expression count for less: "Friday's talks were …" leans on what precedes
    const dist = at < start ? start - at : (at - end) * 1.5;
    if (dist < bestDist) {
      best = t;
      bestDist = dist;
    }
  }
  return best;
}

const PROSPECTIVE = new Set(['plan', 'schedule', 'reschedule', 'postpone', 'slate', 'defer']);
const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'would', 'wo']);
const PAST_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'did', "'d"]);

/**
 * Tense from the syntax layer: the verb the time expression attaches to (its first head
 * outside the expression, climbing through nouns and prepositions), read from its Penn tag and
 * its auxiliaries: "will meet Friday" future, "met Friday" / "announced Friday" / "has said"
 * past, "to resume Tuesday" future; a present-tense verb decides nothing.
 */
export function syntacticTense(
  syntax: SyntaxLayer,
  tokens: readonly { start: number; end: number }[],
  firstToken: number,
  lastToken: number,
  start: number,
  end: number,
): Tense {
  const inside = (i: number): boolean => {
    const t = tokens[i];
    return !!t && t.start >= start && t.end <= end;
  };
  let verb = -1;
  for (let i = firstToken; i < lastToken && verb < 0; i++) {
    if (!inside(i)) continue;
    let h = syntax.head[i] ?? -1;
    if (h < 0 || inside(h)) continue;
    for (let step = 0; step < 4 && h >= 0; step++) {
      const u = syntax.upos[h];
      if (u === 'VERB' || u === 'AUX') {
        verb = h;
        break;
      }
      h = syntax.head[h] ?? -1;
    }
  }
  if (verb < 0) return null;
  const kids: number[] = [];
  for (let i = firstToken; i < lastToken; i++) if (syntax.head[i] === verb) kids.push(i);
  const lemmaOf = (i: number): string => (syntax.lemma[i] ?? '').toLowerCase();
  for (const k of kids) {
    const x = syntax.xpos[k];
    if (x === 'MD' && FUTURE_MODALS.has(lemmaOf(k))) return 'future';
    if (x === 'TO' && (syntax.deprel[k] ?? '').startsWith('mark')) {
      // an infinitive is ahead of a governor like "plans", else as timed as its governor
      const g = syntax.head[verb] ?? -1;
      if (g < 0) return null;
      // "had been due to expire Friday": a plan in the past perfect is over
      for (let i = firstToken; i < lastToken; i++)
        if (syntax.head[i] === g && syntax.xpos[i] === 'VBD' && lemmaOf(i) === 'have') return 'past';
      if (FUTURE_GOVERNORS.has(lemmaOf(g)) || FUTURE_GOVERNORS.has((syntax.lemma[g] ?? '').toLowerCase()))
        return 'future';
      if (syntax.xpos[g] === 'VBD') return 'past';
      return null;
    }
  }
  // "planned a rally on Saturday", "has scheduled a news conference Thursday": what is planned lies
  // ahead — not "On Friday, X planned to …" (the planning's day), nor "the service planned for
  // Saturday was canceled" or "as previously planned Saturday" (a modifier clause)
  const rel = syntax.deprel[verb] ?? '';
  if (
    PROSPECTIVE.has(lemmaOf(verb)) &&
    (tokens[verb]?.end ?? end) <= start &&
    !rel.startsWith('acl') &&
    !rel.startsWith('advcl')
  )
    return 'future';
  const tag = syntax.xpos[verb];
  if (tag === 'VBD') return 'past';
  const auxPast = kids.some((k) => (syntax.deprel[k] ?? '').startsWith('aux') && syntax.xpos[k] === 'VBD');
  if (auxPast) return 'past';
  if (tag === 'VBN') {
    const hasAux = kids.some((k) => (syntax.deprel[k] ?? '').startsWith('aux'));
    const perfect = kids.some((k) => (syntax.deprel[k] ?? '').startsWith('aux') && PAST_AUX.has(lemmaOf(k)));
    if (perfect || !hasAux) return 'past';
  }
  return null;
}
