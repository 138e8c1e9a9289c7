import type { Cues } from '../../knowledge/events/index.js';
import type { Status } from '../../schema/output.js';
import { ANSWERS_CHARGE, answersCharge } from './status-answer.js';
import { auxBefore, OBLIGATION } from './status-aux.js';
import { allegedly, allegedOver, raisedBy } from './status-claim.js';
import { clauseMarked, conditionMark, counterfactual, hypothetical } from './status-condition.js';
import { conjHead, type Governor, governorOf } from './status-governor.js';
import { hopedFor } from './status-hope.js';
import { intendedBy, intentCue, measureContent } from './status-intent.js';
import { negated } from './status-negation.js';
import { datedBefore, earlierTime, historical, longAgo, type Report } from './status-past.js';
import { protestPurpose, purposeServed } from './status-purpose.js';
import { haltedBy, requestedBy } from './status-request.js';
import { modalScope } from './status-scope.js';
import { unsaid } from './status-unsaid.js';
import { toBeVerified } from './status-verify.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

export interface StatusResult {
  readonly status: Status;
  /** The event is the complement of another event ("agreed to cooperate") and is not coded apart. */
  readonly swallowed: boolean;
  /** The event is intended through an intent cue (will, vows, plans, ready to). */
  readonly intent: boolean;
  /**
   * "pledged to expel", "threatened to attack": the intent verb that is itself an event and whose
   * infinitive is this act. PLOVER codes the pair once, as the intended act (AGREE or THREATEN by
   * what is intended), so the verb yields to its complement when that is coded.
   */
  readonly yields?: Trigger;
  /** The intent word ("plans", "ready", "prepared") when the act is intended through one. */
  readonly intentCue?: number;
  readonly explain: string[];
}

/** A status found for a reason, the act coded apart. */
function coded(status: Status, why: string, governor: Governor, intent = false): StatusResult & { governor: Governor } {
  return { status, swallowed: false, intent, explain: [why], governor };
}

/** An act that is the complement or content of another (asserted with it, not coded apart). */
function swallowed(why: string, governor: Governor): StatusResult & { governor: Governor } {
  return { status: 'asserted', swallowed: true, intent: false, explain: [why], governor };
}

/** How the text presents the event: asserted, claimed, denied, negated, intended, hypothetical or historical. */
export function statusOf(
  v: SentenceView,
  triggers: readonly Trigger[],
  t: Trigger,
  cues: Cues,
  report: Report | number | null,
  depth = 0,
): StatusResult & { governor: Governor } {
  const published = typeof report === 'number' ? report : (report?.year ?? null);
  const explain: string[] = [];
  const gov = governorOf(v, triggers, t);
  // purposes are not events: "talks aimed at ending the war", "in a bid to contain", "in order to"
  const before = v.lower.slice(Math.max(0, t.i - 3), t.i).join(' ');
  if (
    /\b(aimed at|aiming at|aims at|bid to|order to|designed to|intended to|so as to|meant to|effort to|efforts to)$/.test(
      before,
    )
  )
    return swallowed('purpose clause', gov);
  // "were capable of deploying 300,000 troops": an ability, not the act
  if (/\b(capable of|incapable of)$/.test(before))
    return coded('hypothetical', 'status: hypothetical ("capable of")', gov);
  // "continued their hunger strike to demand the resignation": what the protest's purpose clause
  // demands is the protest's content
  if (v.parsed && t.pos === 'verb' && /^(REQUEST|ACCUSE|REJECT|PROTEST)$/.test(t.info.plover ?? '')) {
    const h = v.head[t.i] ?? -1;
    const protest =
      /^(advcl|xcomp)/.test(v.deprel[t.i] ?? '') && h >= 0
        ? triggers.find(
            (x) => x !== t && x.info.plover === 'PROTEST' && v.head[x.i] === h && /^obj/.test(v.deprel[x.i] ?? ''),
          )
        : undefined;
    if (protest) return swallowed(`content of "${v.lower[protest.i]}"`, { trigger: protest, claimToken: -1 });
  }
  // "demonstrated …, calling for independence", "blocked streets … to demand reforms": a demand in an
  // infinitive or a participle after a protest is what the protesters demand, whatever the parse
  const purpose = protestPurpose(v, triggers, t, cues);
  if (purpose) return swallowed(`content of "${v.lower[purpose.i]}"`, { trigger: purpose, claimToken: -1 });
  // "if Moscow did not sign …": a negated condition is as unreal as any other (not "if X had not
  // intervened", a counterfactual of what did happen)
  if (negated(v, t, cues) && (clauseMarked(v, t, cues) || conditionMark(v, t, cues)) && !counterfactual(v, t))
    return {
      status: 'hypothetical',
      swallowed: false,
      intent: false,
      explain: ['status: hypothetical (if/unless)', 'a negated condition'],
      governor: gov,
    };
  if (negated(v, t, cues))
    return {
      status: 'negated',
      swallowed: false,
      intent: auxBefore(v, t, cues.intentAux) || intentCue(v, t, cues) >= 0,
      explain: ['status: negated (negation before the trigger)'],
      governor: gov,
    };
  // "talks have been cut off", "negotiations were suspended": the act stopped is not held (the
  // stopping is an event of its own)
  const halt = haltedBy(v, t);
  if (halt >= 0)
    return {
      status: 'negated',
      swallowed: false,
      intent: false,
      explain: [`status: negated (stopped: "${v.lower[halt]}")`],
      governor: gov,
    };
  // "a resolution calls for Freedonia's withdrawal": an act only asked for has not happened (when the
  // request word is an event itself, its content is part of it, below)
  const asked = requestedBy(v, triggers, t);
  if (asked >= 0) return coded('hypothetical', `status: hypothetical (asked for: "${v.lower[asked]}")`, gov);
  // "charged with verifying that X has destroyed its missiles": what is still to be verified
  const verify = toBeVerified(v, t);
  // (a verifying word that is an event itself governs its content, below)
  if (verify >= 0 && !triggers.some((x) => x.i === verify))
    return coded('hypothetical', `status: hypothetical (to be verified: "${v.lower[verify]}")`, gov);
  // "a man allegedly attacked a car": an act the report only relays as an allegation
  if (allegedly(v, t)) return coded('claimed', 'status: claimed ("allegedly")', gov);
  // "Britain blames Russia for the attack, which Russia denies": the answer to a charge is a fact
  const answer = answersCharge(v, t);
  if (answer) return coded('asserted', `${ANSWERS_CHARGE} ("${answer}")`, { trigger: null, claimToken: -1 });
  // "Peru did not say that Chile attacked the post": what no one said is not reported as happening
  const notSaid = unsaid(v, t);
  if (notSaid >= 0)
    return coded('hypothetical', `status: hypothetical (content of the negated "${v.lower[notSaid]}")`, gov);
  // "alleged that officers arrested him, handcuffed him and led him away": a conjunct sharing its
  // head's subject is claimed or denied as its head is
  const head = depth < 3 ? conjHead(v, triggers, t) : null;
  const headStatus = head ? statusOf(v, triggers, head, cues, report, depth + 1) : null;
  if (
    head &&
    headStatus &&
    (headStatus.status === 'claimed' || headStatus.status === 'denied') &&
    !headStatus.swallowed
  )
    return coded(
      headStatus.status,
      `status: ${headStatus.status} (conjunct of "${v.lower[head.i]}")`,
      headStatus.governor,
    );
  if (gov.trigger) {
    const role = gov.trigger.entry.role;
    const gw = v.lower[gov.trigger.i];
    if (role === 'accuse') return coded('claimed', `status: claimed (complement of "${gw}")`, gov);
    // "denied accusations made by X that …": the accusation was made; what it says is denied
    if (role === 'deny' && t.pos === 'noun' && t.entry.role === 'accuse')
      return coded('asserted', `an accusation denied ("${gw}") is still made`, gov);
    if (role === 'deny') return coded('denied', `status: denied (complement of "${gw}")`, gov);
    const pledge = intendedBy(v, gov.trigger, t, cues);
    if (pledge)
      return {
        status: 'intended',
        swallowed: false,
        intent: true,
        explain: [`status: intended ("${gw}" to)`],
        governor: gov,
        yields: pledge,
      };
    if ((role === 'event' || role === 'reject' || role === 'confirm') && gov.trigger.pos === 'verb') {
      return swallowed(`complement of "${gw}"`, gov);
    }
    // "its demand that Turkey withdraw its troops", "a threat to attack": the content of a demand or
    // threat noun is part of it (not a relative clause: "the attack that killed five")
    // "a hunger strike to demand the resignation": what protesters demand is the protest's content
    const verbalNoun =
      gov.trigger.entry.plover === 'REQUEST' ||
      gov.trigger.entry.plover === 'THREATEN' ||
      (gov.trigger.info.plover === 'PROTEST' && /^(REQUEST|ACCUSE|REJECT|PROTEST)$/.test(t.info.plover ?? '')) ||
      // "appreciation for China's assistance", "criticism of the raid": the reaction is the event
      (/^(SUPPORT|ACCUSE)$/.test(gov.trigger.info.plover ?? '') &&
        t.pos === 'noun' &&
        gov.trigger.entry.role === 'event');
    if (role === 'event' && gov.trigger.pos === 'noun' && verbalNoun && !/relcl/.test(v.deprel[t.i] ?? '')) {
      return swallowed(`content of "${gw}"`, gov);
    }
  }
  // "seeks cooperation with X to suppress terrorism": the purpose of an intended act is intended too
  const served = (depth < 3 ? purposeServed(v, triggers, t, gov) : []).find(
    (g) => statusOf(v, triggers, g, cues, report, depth + 1).status === 'intended',
  );
  // (an act of conflict it serves is no warning to anyone: coded as itself, not as THREATEN)
  if (served)
    return coded(
      'intended',
      `status: intended (purpose of the intended "${v.lower[served.i]}")`,
      gov,
      t.info.quadClass === 1 || t.info.quadClass === 2,
    );
  if (gov.claimToken >= 0) {
    const w = v.lower[gov.claimToken];
    // "rejects allegations of arming": the allegation is itself the object of a denial
    const denier = triggers.find(
      (x) =>
        (x.entry.role === 'deny' || x.entry.role === 'reject') && x.i < gov.claimToken && gov.claimToken - x.i <= 4,
    );
    if (denier)
      return coded('denied', `status: denied ("${v.lower[denier.i]} ${w}")`, {
        trigger: denier,
        claimToken: gov.claimToken,
      });
    return coded('claimed', `status: claimed (complement of "${w}")`, gov);
  }
  const raised = raisedBy(v, t);
  if (raised) return coded(raised.status, `status: ${raised.status} ("${raised.words}")`, gov);
  if (hypothetical(v, t, cues)) {
    // "may halt mediation": a possible act announced by its actor (PLOVER: THREATEN = ASSAULT + hypothetical)
    const modal = auxBefore(v, t, cues.hypotheticalAux) && !clauseMarked(v, t, cues);
    return coded(
      'hypothetical',
      modal ? 'status: hypothetical (modal)' : 'status: hypothetical (if/unless)',
      gov,
      modal,
    );
  }
  // "on hopes that X and Y would reach a deal", "doubted that the talks would produce an agreement"
  const hope = hopedFor(v, t);
  if (hope >= 0)
    return coded('hypothetical', `status: hypothetical (hoped for, feared or doubted: "${v.lower[hope]}")`, gov);
  // "Russia should withdraw its troops", "Israel ought to release them": what someone should do has
  // not happened (a demand, if a speaker makes it; PLOVER codes no event for the obligation itself)
  if (auxBefore(v, t, OBLIGATION))
    return {
      status: 'hypothetical',
      swallowed: false,
      intent: false,
      explain: ['status: hypothetical (obligation: "should", "ought to", "must")'],
      governor: gov,
    };
  const ic = intentCue(v, t, cues);
  // "alleged that the men planned the raid": what is intended inside an allegation is alleged
  const over = ic >= 0 ? allegedOver(v, triggers, ic) : null;
  // (still an intent: the act alleged is a plan, coded as PLOVER codes intents)
  if (over)
    return coded(
      over.status,
      `status: ${over.status} (an intent inside the complement of "${v.lower[over.at]}")`,
      gov,
      true,
    );
  const measure = ic >= 0 ? -1 : measureContent(v, t);
  // (the measure's act is coded as itself: a body providing for it warns no one)
  if (measure >= 0) return coded('intended', `status: intended (what the "${v.lower[measure]}" provides for)`, gov);
  if (ic >= 0 || auxBefore(v, t, cues.intentAux)) {
    explain.push(`status: intended (${ic >= 0 ? `"${v.lower[ic]}"` : 'future auxiliary'})`);
    const cueTrigger = ic >= 0 ? triggers.find((x) => x.i === ic) : undefined;
    const pledge = cueTrigger ? intendedBy(v, cueTrigger, t, cues) : null;
    return {
      status: 'intended',
      swallowed: false,
      intent: true,
      explain,
      governor: gov,
      ...(pledge ? { yields: pledge } : {}),
      ...(ic >= 0 ? { intentCue: ic } : {}),
    };
  }
  // "should use the money to support X", "will travel to Cairo to discuss trade": the modal of the
  // clause the act hangs on
  const scope = modalScope(v, triggers, t, cues);
  if (scope) return coded(scope.status, `status: ${scope.status} (in the scope of "${v.lower[scope.cue]}")`, gov);
  const y = historical(v, t, published);
  if (y !== null) return coded('historical', `status: historical (${y} before ${published})`, gov);
  const earlier = earlierTime(v, t, published);
  if (earlier) return coded('historical', `status: historical ("${earlier}")`, gov);
  const ago = longAgo(v, t);
  if (ago) return coded('historical', `status: historical ("${ago}")`, gov);
  const dated = report && typeof report === 'object' ? datedBefore(v, t, report) : null;
  if (dated)
    return coded(
      'historical',
      `status: historical ("${dated}", well before ${typeof report === 'object' ? report?.day : ''})`,
      gov,
    );
  return { status: 'asserted', swallowed: false, intent: false, explain, governor: gov };
}
