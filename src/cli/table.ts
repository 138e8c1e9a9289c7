import pc from 'picocolors';
import type { ActorRef, OutputDocument } from '../schema/output.js';

const refs = (rs: readonly ActorRef[]): string =>
  rs.map((r) => [r.code, r.sector].filter(Boolean).join(' ') || r.actorText).join('+') || '—';

const STATUS_COLOUR: Record<string, (s: string) => string> = {
  asserted: pc.green,
  claimed: pc.yellow,
  denied: pc.magenta,
  negated: pc.red,
  intended: pc.cyan,
  hypothetical: pc.blue,
  historical: pc.gray,
};

/** A table for people: one row per event with its evidence sentence; coloured on a terminal. */
export function renderTable(doc: OutputDocument, colour: boolean): string {
  const c = colour ? pc : pc.createColors(false);
  const lines: string[] = [];
  lines.push(c.bold(`${doc.id}${doc.title ? ` — ${doc.title}` : ''}`));
  const meta = [doc.outlet, doc.published].filter(Boolean).join(', ');
  lines.push(
    c.dim(
      `${meta ? `${meta}; ` : ''}${doc.sentences.length} sentences, ${doc.actors.length} actor mentions, ${doc.events.length} events, ${doc.claims.length} claims`,
    ),
  );
  if (doc.events.length === 0) {
    lines.push(c.dim('  (no events)'));
    return `${lines.join('\n')}\n`;
  }
  const rows = doc.events.map((e) => [
    e.event + (e.cameo ? ` ${e.cameo}` : ''),
    `${refs(e.actor)} → ${refs(e.recipient)}`,
    e.status,
    e.date ?? '—',
    e.eventLoc?.name ?? '—',
  ]);
  const head = ['TYPE', 'ACTOR → RECIPIENT', 'STATUS', 'DATE', 'PLACE'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((x, i) => x.padEnd(w[i] ?? 0)).join('  ');
  lines.push(c.bold(fmt(head)));
  doc.events.forEach((e, k) => {
    const r = rows[k]!;
    const paint = colour ? (STATUS_COLOUR[e.status] ?? ((s: string) => s)) : (s: string) => s;
    const line = fmt(r);
    const at = line.indexOf(e.status, (w[0] ?? 0) + (w[1] ?? 0) + 4);
    lines.push(at >= 0 ? line.slice(0, at) + paint(e.status) + line.slice(at + e.status.length) : line);
    const s = e.text;
    const t0 = e.trigger.start - (doc.sentences[e.sentence]?.start ?? 0);
    const t1 = t0 + (e.trigger.end - e.trigger.start);
    const ev = t0 >= 0 && t1 <= s.length ? s.slice(0, t0) + c.underline(c.bold(s.slice(t0, t1))) + s.slice(t1) : s;
    lines.push(c.dim('    “') + ev + c.dim('”'));
  });
  return `${lines.join('\n')}\n`;
}
