import type { Event } from '../../schema/output.js';

const who = (refs: Event['actor']): string =>
  refs.length ? refs.map((r) => `${r.code ?? r.sector ?? '?'} «${r.actorText}»`).join(' + ') : '—';

/** A readable account of why an event was coded: trigger, arguments, status and the rules used. */
export function explainEvent(e: Event): string {
  const head = `${e.id}  ${e.event}${e.mode ? `/${e.mode}` : ''}  CAMEO ${e.cameo ?? '—'} (Goldstein ${e.goldstein ?? '—'}, quad ${e.quadClass ?? '—'})  [${e.status}]  conf ${e.confidence}`;
  const lines = [
    head,
    `  trigger  «${e.eventText}» at ${e.trigger.start}-${e.trigger.end}, sentence ${e.sentence}`,
    `  actor    ${who(e.actor)}`,
    `  recipient ${who(e.recipient)}`,
  ];
  if (e.attributedTo)
    lines.push(`  said by  ${e.attributedTo.code ?? e.attributedTo.sector ?? '?'} «${e.attributedTo.actorText}»`);
  if (e.context.length) lines.push(`  context  ${e.context.join(', ')}`);
  for (const x of e.explain ?? []) lines.push(`  why      ${x}`);
  lines.push(`  sentence «${e.text}»`);
  return lines.join('\n');
}

export function explainDocument(events: readonly Event[]): string {
  return events.length ? events.map(explainEvent).join('\n\n') : 'no events coded';
}
