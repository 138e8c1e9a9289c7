/** Whether an event word is used as a verb or a noun here, or as neither (a modifier, a kind of agent). */
import type { SentenceView } from './view.js';

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'your',
  'my',
  "'s",
  'this',
  'that',
  'these',
  'those',
  'any',
  'no',
  'new',
  'recent',
  'further',
  'joint',
  'more',
  'fresh',
  'such',
  'of',
  'for',
  'against',
  'on',
  'in',
  'after',
  'by',
  'with',
]);
const VERB_BEFORE = new Set([
  'to',
  'will',
  'would',
  'shall',
  'should',
  'could',
  'can',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'also',
  'never',
  'they',
  'he',
  'she',
  'we',
  'i',
  'it',
  'who',
  'which',
  'that',
]);

/** Decides verb or noun for a token when there is no parse. */
function guessPos(v: SentenceView, i: number, asVerb: boolean, asNoun: boolean): 'verb' | 'noun' | null {
  const before = v.lower[i - 1] ?? '';
  // after a determiner or preposition, or before "of", a word is used as a noun
  const nounSlot =
    (DETERMINERS.has(before) && !VERB_BEFORE.has(before)) ||
    v.lower[i + 1] === 'of' ||
    /^(direct|full|strong|military|economic|political|diplomatic)$/.test(before);
  if (asVerb && !asNoun) return nounSlot ? null : 'verb';
  if (asNoun && !asVerb) return 'noun';
  if (!asVerb && !asNoun) return null;
  const prev = v.lower[i - 1] ?? '';
  if (VERB_BEFORE.has(prev)) return 'verb';
  if (DETERMINERS.has(prev) || (i > 0 && v.mentionAt[i - 1] !== -1 && /s$/.test(v.lower[i] ?? ''))) return 'noun';
  if (i > 0 && v.mentionAt[i - 1] !== -1) return 'verb';
  const low = v.lower[i] ?? '';
  return /(ed|ing)$/.test(low) ? 'verb' : 'noun';
}

/** Words for a day, which an event noun before them never names the kind of ("its demand today"). */
const DAY_HEAD = /^(today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** A mention ends right before token i, allowing adverbs and a day ("Albania on Friday"). */
function subjectBefore(v: SentenceView, i: number): boolean {
  // "tanks shelled positions": a plural noun, the participle, then its object
  if (
    v.upos[i - 1] === 'NOUN' &&
    /s$/.test(v.lower[i - 1] ?? '') &&
    /ed$/.test(v.lower[i] ?? '') &&
    /^(DET|NOUN|PROPN|NUM|ADJ)$/.test(v.upos[i + 1] ?? '')
  )
    return true;
  // "officers on patrol": a word right after a preposition is its object, not a verb
  if (v.upos[i - 1] === 'ADP' || v.lower[i - 1] === 'on') return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    // a demonym adjective ("Israeli changes") modifies the word; it is not its subject
    if ((v.mentionAt[k] ?? -1) >= 0) return v.upos[k] !== 'ADJ';
    // "The United Nations on Tuesday reduced …": a day (tagged a name or not) stands between
    if (DAY_HEAD.test(v.lower[k] ?? '')) continue;
    // a place after the subject ("police in Jericho confiscated …"): skip the name and its preposition
    if (v.upos[k] === 'PROPN') {
      let p = k;
      while (p > 0 && v.upos[p - 1] === 'PROPN' && (v.mentionAt[p - 1] ?? -1) < 0) p--;
      if (/^(in|of|from|at)$/.test(v.lower[p - 1] ?? '') && (v.mentionAt[p - 2] ?? -1) >= 0 && v.upos[p - 2] !== 'ADJ')
        return true;
      return false;
    }
    if (
      !/^(ADV|AUX)$/.test(v.upos[k] ?? '') &&
      !/^(on|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(v.lower[k] ?? '')
    )
      return false;
  }
  return false;
}

/**
 * "Kenzo Oshima, the UN relief coordinator, demanded …": a past form right after the comma that closes an
 * appositive of a subject mention is that subject's verb, however the parse tags it.
 */
function afterAppositive(v: SentenceView, i: number): boolean {
  if (v.lower[i - 1] !== ',' || !/ed$/.test(v.lower[i] ?? '')) return false;
  if ((v.mentionAt[i - 2] ?? -1) < 0 && !/^(NOUN|PROPN)$/.test(v.upos[i - 2] ?? '')) return false;
  // the appositive opens with a comma right after a mention ("X, the …, demanded")
  for (let k = i - 3; k >= 1 && i - k <= 12; k--)
    if (v.lower[k] === ',') return (v.mentionAt[k - 1] ?? -1) >= 0 && (v.mentionAt[0] ?? -1) >= 0;
  return false;
}

/** Head nouns through which a compound event noun still names an event ("mediation efforts"). */
const EVENTFUL_HEAD =
  /^(effort|plan|program|programme|operation|campaign|mission|package|deal|process|initiative|bid|move|talk|talks|accord|agreement|pact|treaty|exercise|drill|offensive|attack|strike|raid|action)$/;

/** Participles that label a person by a charge ("accused killer", "alleged mastermind", "convicted spy"). */
const LABELS = /^(accused|alleged|suspected|convicted|confessed|self-confessed|admitted|reputed|purported)$/;

/**
 * "activist and accused doctor killer James Kopp": a labelling participle before a bare singular noun (no
 * determiner of its own) that leads to a name is an adjective of the name; nobody accuses here. A subject
 * right before it ("Freedonia accused police chief X of …") keeps the verb.
 */
function labelsName(v: SentenceView, i: number): boolean {
  if (!LABELS.test(v.lower[i] ?? '') || !/^NNS?$/.test(v.xpos[i + 1] ?? '')) return false;
  if ((v.mentionAt[i - 1] ?? -1) >= 0 || /^(NOUN|PROPN|PRON)$/.test(v.upos[i - 1] ?? '')) return false;
  let k = i + 1;
  while (k < v.lower.length && /^NNS?$/.test(v.xpos[k] ?? '')) k++;
  return v.upos[k] === 'PROPN';
}

/** The token's first character is a capital letter. */
function capitalised(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  const c = v.text.charAt(t.start - v.sentence.start);
  return c !== c.toLowerCase();
}

/**
 * "a code showing whether they are ``working,'' ``wounded'' or a ``fatality''": a single word in quotation marks
 * is a word cited (a label, a term), no act.
 */
function quotedWord(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  const before = v.text.slice(Math.max(0, t.start - v.sentence.start - 2), t.start - v.sentence.start);
  const after = v.text.slice(t.end - v.sentence.start, t.end - v.sentence.start + 3);
  return /(``|“|‘|(^|\s)")$/.test(before) && /^[,.]?(''|”|’|")/.test(after);
}

/**
 * "GM may emerge stronger - provided the process is not drawn out -": "provided"/"providing" opening a clause
 * (after a stop, a dash, a comma or a parenthesis, before "that" or a clause's subject) is a conjunction.
 */
function conjunctionProvided(v: SentenceView, i: number): boolean {
  if (!/^(provided|providing)$/.test(v.lower[i] ?? '')) return false;
  if (i > 0 && !/^([,(;:]|-|--|–|—)$/.test(v.lower[i - 1] ?? '')) return false;
  return /^(that|the|a|an|this|these|those|its|his|her|their|our|my|your|we|you|they|he|she|it|i|there|no|all)$/.test(
    v.lower[i + 1] ?? '',
  );
}

/** Things an -ing word before them names the kind of ("detonating cord", "firing squad", "landing craft"). */
const ING_THINGS =
  /^(cord|cords|device|devices|mechanism|mechanisms|fuse|fuses|wire|wires|caps?|pins?|range|ranges|squad|squads|pads?|gear|craft|distance)$/;

/** "circuitry, detonating cord and a truck": an -ing word right before a thing it names the kind of is no act. */
function ingKindOfThing(v: SentenceView, i: number): boolean {
  if (!/ing$/.test(v.lower[i] ?? '') || !ING_THINGS.test(v.lower[i + 1] ?? '')) return false;
  return !/^(VERB|AUX)$/.test(v.upos[i - 1] ?? '') && !/^(is|are|was|were|be|been|being)$/.test(v.lower[i - 1] ?? '');
}

/**
 * "X's spokesman, dismissing accusations that …, asked …", "Dismissing accusations that …, the minister said":
 * an -ing form opening a clause (at the start of the sentence or after a comma) with a bare plural noun after it,
 * the clause closed by a comma or a "that" clause, is a participle with its object, however the tagger hangs it
 * on the noun ("rising prices hurt farmers" has no comma to close a clause).
 */
function participleClause(v: SentenceView, i: number, h: number): boolean {
  if (!/ing$/.test(v.lower[i] ?? '') || h !== i + 1 || (i > 0 && v.lower[i - 1] !== ',')) return false;
  if (v.xpos[h] !== 'NNS' || (v.children[h] ?? []).some((c) => c < h && v.deprel[c] === 'det')) return false;
  return (
    v.lower[h + 1] === 'that' ||
    v.lower[h + 1] === ',' ||
    (i > 0 && /^(of|against|about|by)$/.test(v.lower[h + 1] ?? ''))
  );
}

/** Nouns of a plan, a decision or a move, which an infinitive after them completes ("plans to tax …"). */
const PLAN =
  /^(plan|plans|decision|decisions|move|moves|proposal|proposals|threat|threats|bid|intention|vow|pledge|order|orders|right)$/;

/**
 * "announced plans to tax $50 billion in American products": a word that is only a verb in the lexicon, right after
 * the "to" of a noun of planning and before what it takes (an article, an amount, an adjective or a name), is an
 * infinitive, however the tagger reads "to" and the word.
 */
function infinitiveAfterPlan(v: SentenceView, i: number): boolean {
  if (v.lower[i - 1] !== 'to' || !PLAN.test(v.lower[i - 2] ?? '') || v.upos[i - 2] !== 'NOUN') return false;
  if (/s$/.test(v.lower[i] ?? '')) return false;
  return /^(DET|NUM|SYM|ADJ|PROPN|PRON)$/.test(v.upos[i + 1] ?? '');
}

/**
 * "wrote an open letter to the Duma calling for a condemnation of X": an -ing form before "for", "on" or "upon",
 * with no determiner or possessive of its own before it, is a participle after the noun phrase it follows,
 * however the tagger joins it to that phrase as a noun ("the Duma calling"); a word that is also a lexicon noun
 * keeps its noun reading.
 */
function trailingCall(v: SentenceView, i: number): boolean {
  if (!/ing$/.test(v.lower[i] ?? '')) return false;
  if (!/^(for|on|upon)$/.test(v.lower[i + 1] ?? '')) return false;
  const prev = v.lower[i - 1] ?? '';
  if (DETERMINERS.has(prev) || /^(ADJ|DET|NUM)$/.test(v.upos[i - 1] ?? '')) return false;
  return /^(PROPN|NOUN|PUNCT)$/.test(v.upos[i - 1] ?? '');
}

/**
 * "responded by imposing tariffs on X", "after launching strikes": a light verb's -ing form right after "by",
 * "after", "before" or "without" with a bare plural noun right after it is a gerund with its object, however the
 * tagger hangs it on the noun ("hit by punishing tariffs", "hurt by rising prices" are adjectives).
 */
function gerundAfterPreposition(v: SentenceView, i: number, h: number): boolean {
  if (!/ing$/.test(v.lower[i] ?? '') || h !== i + 1 || !/^(by|after|before|without)$/.test(v.lower[i - 1] ?? ''))
    return false;
  return v.xpos[h] === 'NNS' && LIGHT_GERUND.test(v.lemma[i] ?? '');
}

/** Verbs that take an act noun as object ("imposing tariffs", "launching strikes", "holding talks"). */
const LIGHT_GERUND =
  /^(impose|launch|stage|conduct|hold|take|issue|slap|levy|declare|carry|announce|introduce|adopt|make)$/;

export function posOf(v: SentenceView, i: number, asVerb: boolean, asNoun: boolean): 'verb' | 'noun' | null {
  const u = v.upos[i];
  if (conjunctionProvided(v, i) || ingKindOfThing(v, i) || quotedWord(v, i)) return null;
  // ("holds 300,000 Rally's shares": a capitalised word inside a sentence with a possessive of its own is a name)
  if (i > 0 && capitalised(v, i) && /^['’]s$/.test(v.lower[i + 1] ?? '') && !capitalised(v, i - 1)) return null;
  if (!v.parsed || !u) return guessPos(v, i, asVerb, asNoun);
  if (labelsName(v, i)) return null;
  // participles used as adjectives ("sustained operations", "U.S.-led efforts") are not events
  if (u === 'VERB' && /^(amod|compound)/.test(v.deprel[i] ?? '') && /(ed|en|wn|ing)$/.test(v.lower[i] ?? '')) {
    const h = v.head[i] ?? -1;
    // only a participle right before its noun ("sustained operations") is a modifier; else a parse slip
    // ("Jordan's visiting King Abdullah II": the participle modifies the whole name after it)
    const between = v.upos.slice(i + 1, h);
    const modifier = h > i && h - i <= 4 && between.every((u) => /^(ADJ|NOUN|PROPN|NUM)$/.test(u ?? ''));
    // …unless its subject stands right before it ("Serbia eased emergency measures") or an
    // auxiliary does ("it had halted economic aid")
    const afterAux = /^(has|have|had|was|were|is|are|been|be|'s|'ve|'d)$/.test(v.lower[i - 1] ?? '');
    // ("party financing laws": a noun hung on the participle as a compound is inside the noun phrase, no subject)
    const compounded = v.deprel[i - 1] === 'compound' && v.head[i - 1] === i;
    if (
      modifier &&
      !afterAux &&
      !participleClause(v, i, h) &&
      !gerundAfterPreposition(v, i, h) &&
      (compounded || (!subjectBefore(v, i) && !afterAppositive(v, i)))
    )
      return null;
  }
  // "to increase trade": a bare form tagged a verb in a noun's slot, with no subject or object of its own, is a noun
  if (
    u === 'VERB' &&
    /^(obj|nsubj|nsubj:pass|obl|nmod)$/.test(v.deprel[i] ?? '') &&
    !/(ing|ed|en)$/.test(v.lower[i] ?? '') &&
    !(v.children[i] ?? []).some((c) => /^(obj|nsubj|iobj|ccomp|xcomp|mark|aux)/.test(v.deprel[c] ?? ''))
  )
    return asNoun ? 'noun' : null;
  // ("Amazon.com and Target at 6 percent": a capitalised word inside a sentence after a conjunction is a name,
  // however the tagger reads it)
  if (u === 'VERB' && i > 1 && /^(and|or)$/.test(v.lower[i - 1] ?? '') && capitalised(v, i) && !capitalised(v, i - 1))
    return null;
  if (u === 'VERB') return asVerb ? 'verb' : null;
  // a tagger slip: "Kabul and Washington denounce Moscow" tagged as a compound noun
  if (
    (u === 'NOUN' || u === 'PROPN') &&
    asVerb &&
    !asNoun &&
    v.deprel[i] === 'compound' &&
    (v.mentionAt[i + 1] ?? -1) >= 0 &&
    (v.mentionAt[i - 1] ?? -1) >= 0
  )
    return 'verb';
  // a verb-only word right after its subject mention ("The Palestinians reject …") is a verb — not a
  // noun naming the kind of agent after it ("UN arms inspectors", "drug traffickers")
  const agentAfter =
    v.deprel[i] === 'compound' && v.head[i] === i + 1 && /^[a-z]+(ors|ers|ists|ants|ents)$/.test(v.lower[i + 1] ?? '');
  // ("as long as the EU ban is in place": a noun the parse makes the subject of the auxiliary after it is a noun)
  const subjectOfNext = /^nsubj/.test(v.deprel[i] ?? '') && v.upos[i + 1] === 'AUX';
  // ("slated for a U.S. release in June": a noun with an indefinite article of its own names a thing, whatever name
  // stands right before it)
  const indefinite = (v.children[i] ?? []).some(
    (c) => c < i && v.deprel[c] === 'det' && /^an?$/.test(v.lower[c] ?? ''),
  );
  // ("who languish in Azerbaijani jails", "the biggest U.S. export to China": a word with a preposition of its
  // own (not one that opens a clause: "until Iraq complies" parsed as a noun), or with a determiner and an adjective of its own, heads a noun phrase; the name before it modifies it)
  const kids = v.children[i] ?? [];
  const nounPhrase =
    kids.some(
      (c) =>
        c < i &&
        v.deprel[c] === 'case' &&
        !/^(until|till|before|after|since|as|because|while|when|once|unless|if|than)$/.test(v.lower[c] ?? ''),
    ) ||
    (kids.some((c) => c < i && v.deprel[c] === 'det') &&
      kids.some((c) => c < i && v.deprel[c] === 'amod' && v.upos[c] === 'ADJ' && (v.mentionAt[c] ?? -1) < 0));
  if (
    (u === 'NOUN' || u === 'PROPN') &&
    asVerb &&
    !asNoun &&
    !agentAfter &&
    !subjectOfNext &&
    !indefinite &&
    !nounPhrase &&
    subjectBefore(v, i)
  )
    return 'verb';
  // "arms inspectors", "aid workers": an event noun naming the kind of a person or thing is no event
  // ("its demand today that …": a day is no kind of demand — the parse's compound is a slip)
  if (
    (u === 'NOUN' || u === 'PROPN') &&
    v.deprel[i] === 'compound' &&
    (v.head[i] ?? -1) > i &&
    !EVENTFUL_HEAD.test(v.lemma[v.head[i] ?? -1] ?? '') &&
    !DAY_HEAD.test(v.lower[v.head[i] ?? -1] ?? '')
  )
    return null;
  if ((u === 'NOUN' || u === 'PROPN') && asVerb && !asNoun && (infinitiveAfterPlan(v, i) || trailingCall(v, i)))
    return 'verb';
  if (u === 'NOUN' || u === 'PROPN') return asNoun ? 'noun' : null;
  // ("Rebels set fire to …": a verb right after its subject, whatever its ending)
  // ("we must be clear in explaining …": an adjective with a copula of its own is a predicate, not a verb)
  const predicate = (v.children[i] ?? []).some((c) => v.deprel[c] === 'cop');
  const participle = /(ed|nt|wn)$/.test(v.lower[i] ?? '');
  if (u === 'ADJ' && asVerb && (participle || (!predicate && subjectBefore(v, i)))) {
    // "Albania on Friday denounced as …" tagged as an adjective; a prenominal participle stays one
    const h = v.head[i] ?? -1;
    const prenominal =
      v.deprel[i] === 'amod' && (h === i + 1 || (h === i + 2 && /^(ADJ|NOUN|PROPN)$/.test(v.upos[i + 1] ?? '')));
    // ("Members of X, a body linked to Y, investigated …": the past form after an appositive is the verb)
    if (!prenominal || subjectBefore(v, i) || afterAppositive(v, i)) return 'verb';
  }
  return null;
}
