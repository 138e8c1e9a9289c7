import type { Span } from '../../core/span.js';
import type { SyntaxLayer } from '../syntax/types.js';

const CLAUSE_RELS = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl:relcl', 'acl', 'parataxis', 'csubj', 'conj']);

/** The index of the token that contains `at` (tokens sorted by start), or -1. */
export function tokenAt(tokens: readonly Span[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Span;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The head of the clause a token belongs to: the nearest ancestor (or itself) that heads a
 * clause (a root, complement, adverbial or relative clause, or a conjoined clause of a verb).
 */
export function clauseHead(syntax: SyntaxLayer, token: number): number {
  let t = token;
  for (let guard = 0; t >= 0 && guard < 64; guard++) {
    const rel = syntax.deprel[t] ?? '';
    const verb = syntax.upos[t] === 'VERB' || syntax.upos[t] === 'AUX';
    if (rel === 'root' || (CLAUSE_RELS.has(rel) && (verb || rel !== 'conj'))) return t;
    const h = syntax.head[t] ?? -1;
    if (h < 0) return t;
    t = h;
  }
  return t;
}

/**
 * The relations that lead from clause head `from` up to clause head `to` (each clause head's own
 * relation, lowest first), or null when `to` is not `from` itself or one of its ancestor clauses.
 */
export function clausePath(syntax: SyntaxLayer, from: number, to: number): string[] | null {
  const rels: string[] = [];
  let c = from;
  for (let guard = 0; c !== to; guard++) {
    const h = syntax.head[c] ?? -1;
    if (h < 0 || guard >= 32) return null;
    rels.push(syntax.deprel[c] ?? '');
    c = clauseHead(syntax, h);
  }
  return rels;
}

const NAME_PARTS = /^(?:flat|compound|fixed|goeswith)/;

/** The token heading the nominal a token is part of ("Saudi Arabia", "New York": its first or last word). */
export function nominalHead(syntax: SyntaxLayer, token: number): number {
  let t = token;
  for (let guard = 0; guard < 8 && NAME_PARTS.test(syntax.deprel[t] ?? ''); guard++) {
    const h = syntax.head[t] ?? -1;
    if (h < 0) break;
    t = h;
  }
  return t;
}

/** Whether token `t` comes before its clause head `c` and before that clause's subject (a fronted setting: "In X, police said …"). */
export function fronted(syntax: SyntaxLayer, t: number, c: number): boolean {
  if (t >= c) return false;
  for (let i = t - 1; i >= Math.max(0, t - 80); i--)
    if (syntax.head[i] === c && (syntax.deprel[i] ?? '').startsWith('nsubj')) return false;
  return true;
}
