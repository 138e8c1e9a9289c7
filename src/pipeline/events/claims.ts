import type { ActorRef, Claim, Event } from '../../schema/output.js';
import { ANSWERS_CHARGE } from './status-answer.js';

/** An event as the claims ledger sees it: the contract event plus its discourse role. */
export interface LedgerItem {
  readonly event: Event;
  readonly role: 'event' | 'accuse' | 'deny' | 'reject' | 'confirm';
  /** Ids of events this one governs (the claimed or denied propositions). */
  readonly governs: readonly string[];
  /** Text of the proposition (the complement of the accusation or denial). */
  readonly proposition: string;
  /** The speaker of a report that ends before this event in its sentence (the charge an aside answers). */
  readonly reporter?: ActorRef;
}

const codes = (refs: readonly ActorRef[]): string[] =>
  [...new Set(refs.map((r) => r.code ?? r.sector ?? '').filter(Boolean))].sort();

/** A stable key for merging claims across documents: claimant, accused and proposition kind. */
export function claimKey(claimant: readonly ActorRef[], accused: readonly ActorRef[], what: string): string {
  return `${codes(claimant).join('+') || '?'}>${codes(accused).join('+') || '?'}:${what}`;
}

/** The latest verbal or material conflict (QuadClass 3-4) aimed at `codes` within three sentences before `it`. */
function pressureOn(items: readonly LedgerItem[], it: LedgerItem, target: ReadonlySet<string>): Event | null {
  const at = items.indexOf(it);
  for (let k = at - 1; k >= 0; k--) {
    const e = items[k]?.event;
    if (!e || e.sentence < it.event.sentence - 3) break;
    if ((e.quadClass ?? 0) < 3 || !e.actor.length || !['asserted', 'historical'].includes(e.status)) continue;
    if (e.recipient.some((r) => target.has(r.code ?? r.sector ?? '')) && !e.actor.some((a) => target.has(a.code ?? '')))
      return e;
  }
  return null;
}

/**
 * Builds the claims ledger: every accusation (ACCUSE event) opens a claim; later denials,
 * rejections and confirmations by the accused in the same document attach to it as responses.
 * A denial that answers no accusation found in the text opens a claim whose claimant is the author
 * of the latest pressure on the denier (a demand, sanction or threat in the three sentences before),
 * or unknown.
 */
export function buildClaims(docId: string, items: readonly LedgerItem[]): Claim[] {
  const claims: (Claim & { accusedCodes: Set<string>; sentence: number })[] = [];
  const byId = new Map(items.map((x) => [x.event.id, x]));
  for (const it of items) {
    const e = it.event;
    if (e.event === 'ACCUSE' && (e.status === 'asserted' || e.status === 'historical') && e.actor.length) {
      const claimed = it.governs.map((g) => byId.get(g)?.event).filter((x): x is Event => Boolean(x));
      const accused = e.recipient.length ? e.recipient : (claimed[0]?.actor ?? []);
      if (!accused.length) continue;
      const what = claimed[0]?.event ?? `${e.event}${e.mode ? `/${e.mode}` : ''}`;
      claims.push({
        id: `${docId}:c${claims.length + 1}`,
        key: claimKey(e.actor, accused, what),
        claimant: e.actor,
        accused,
        proposition: it.proposition,
        events: [e.id, ...claimed.map((c) => c.id)],
        responses: [],
        accusedCodes: new Set(codes(accused)),
        sentence: e.sentence,
      });
      continue;
    }
    if (
      (it.role === 'deny' || it.role === 'reject' || it.role === 'confirm') &&
      e.actor.length &&
      e.status !== 'negated'
    ) {
      const by = new Set(codes(e.actor));
      const stance = it.role === 'confirm' ? 'confirm' : it.role === 'deny' ? 'deny' : 'reject';
      // the response answers every open claim against the responder made in the three sentences
      // before it ("Washington rejects the charges"), else the latest one
      const against = claims.filter((c) => [...by].some((x) => c.accusedCodes.has(x)));
      const recent = against.filter((c) => c.sentence >= e.sentence - 3);
      const targets = recent.length ? recent : against.slice(-1);
      if (targets.length) {
        for (const c of targets) c.responses.push({ by: e.actor, stance, event: e.id });
        continue;
      }
      if (it.role === 'deny') {
        const denied = it.governs.map((g) => byId.get(g)?.event).filter((x): x is Event => Boolean(x));
        // "Britain says Russia was involved, a charge that Russia denies": what the speaker says is the charge
        // (the aside is the writer's: the speaker is the one a report of the same sentence is attributed to)
        // (an aside of the writer's after the report, ", a charge that X denies": the speaker before it)
        const reporter = e.attributedTo ?? it.reporter ?? null;
        const charged =
          reporter &&
          !by.has(reporter.code ?? reporter.sector ?? '') &&
          e.explain?.some((x) => x.startsWith(ANSWERS_CHARGE))
            ? [reporter]
            : null;
        // else the denial answers the latest conflictual act against the denier in the preceding sentences
        const source = charged ? null : pressureOn(items, it, by);
        const claimant = charged ?? source?.actor ?? [];
        claims.push({
          id: `${docId}:c${claims.length + 1}`,
          key: claimKey(claimant, e.actor, denied[0]?.event ?? 'REJECT'),
          claimant,
          accused: e.actor,
          proposition: it.proposition,
          events: [...(source ? [source.id] : []), ...denied.map((d) => d.id)],
          responses: [{ by: e.actor, stance, event: e.id }],
          accusedCodes: by,
          sentence: e.sentence,
        });
      }
    }
  }
  return claims.map(({ accusedCodes: _, sentence: __, ...c }) => c);
}
