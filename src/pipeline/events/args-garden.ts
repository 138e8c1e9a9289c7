import { dependents, type SentenceView, subtree } from './view.js';

/**
 * Verbs that take a bare clause ("said officials resigned", "believes troops attacked"): after them a
 * noun and a past-tense verb are a clause of their own, not a noun a participle describes.
 */
const CLAUSE_TAKERS = new Set(
  (
    'say tell think believe know hope fear claim report announce add state insist deny confirm warn note ' +
    'argue suggest show reveal learn find feel realize realise agree admit acknowledge assert allege declare ' +
    'explain indicate maintain mean predict recall remember see hear understand worry doubt suppose assume ' +
    'estimate conclude decide ensure complain contend emphasize emphasise stress write testify promise vow ' +
    'guess figure wish prove discover notice charge accuse concede recognize recognise imply suspect expect ' +
    'reckon ask pledge swear signal forecast tweet post reply respond answer observe remark comment'
  ).split(' '),
);

/** Whether the verb at k takes a bare clause ("said officials resigned"). */
export function takesBareClause(v: SentenceView, k: number): boolean {
  return k >= 0 && CLAUSE_TAKERS.has(v.lemma[k] ?? '');
}

/**
 * "the bureau replaced three officers charged in the bombing": a parse may read the participle after
 * the object of a verb as the past tense of a clause of its own ("officers charged …", ccomp) and the
 * object as its subject. When that verb has no object, no auxiliary, marker or complement, comes right
 * after its noun, and the clause starts right after a verb that takes no bare clause and has no object
 * of its own, the noun is the one acted on. Returns that subject's token, or -1.
 */
export function gardenPathObject(v: SentenceView, i: number): number {
  // ("… and release soldiers captured during the war": a parse may even make the participle the
  // sentence's root, the verb before its noun hung elsewhere; that verb is then the one right before)
  const rooted = v.deprel[i] === 'root';
  if (!v.parsed || (v.deprel[i] !== 'ccomp' && !rooted) || !/^VB[DN]$/.test(v.xpos[i] ?? '')) return -1;
  if (!/[a-z](ed|en|wn)$/.test(v.lower[i] ?? '')) return -1;
  if (dependents(v, i, 'aux', 'cop', 'mark', 'obj', 'iobj', 'ccomp', 'xcomp', 'expl').length) return -1;
  // (the nearest subject: a misparse may hang a second one, the sentence's own, on the root too)
  const subjects = dependents(v, i, 'nsubj');
  const s = rooted ? subjects.filter((x) => x < i).pop() : subjects[0];
  if (s === undefined || s > i) return -1;
  const phrase = subtree(v, s);
  const h = rooted ? (phrase[0] ?? 0) - 1 : (v.head[i] ?? -1);
  if (h < 0 || h > s) return -1;
  if (phrase[0] !== h + 1 || phrase[phrase.length - 1] !== i - 1) return -1;
  if (v.lower.slice(s, i).some((w) => /^[,;:]$|^(who|that|which)$/.test(w))) return -1;
  if (v.upos[h] !== 'VERB' || takesBareClause(v, h)) return -1;
  if (dependents(v, h, 'obj', 'iobj').length) return -1;
  return s;
}
