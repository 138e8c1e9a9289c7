import { type ActorRef, api, type ClaimRow, type Evidence } from './api.js';
import { h } from './dom.js';
import { sentenceWithTrigger } from './graph.js';

const who = (refs: ActorRef[]) =>
  refs.map((r) => (r.code ? `${r.name ?? r.actorText} (${r.code})` : (r.name ?? r.actorText))).join(', ') || '—';

const evidence = (e: Evidence) =>
  h(
    'blockquote',
    { class: 'evidence', 'data-event': e.event },
    h('span', { class: `badge t-${e.event}` }, e.event),
    ' ',
    sentenceWithTrigger(e.text, e.eventText),
  );

const STANCE: Record<string, string> = { deny: 'denies', reject: 'rejects', confirm: 'confirms' };

function claimCard(c: ClaimRow): HTMLElement {
  return h(
    'article',
    { class: 'claim', 'data-claim': c.key },
    h(
      'h3',
      {},
      h('span', { class: 'claimant' }, who(c.claimant)),
      c.claimant.length > 1 ? ' accuse ' : ' accuses ',
      h('span', { class: 'accused' }, who(c.accused)),
    ),
    h('p', { class: 'proposition' }, c.proposition),
    h(
      'p',
      { class: 'muted' },
      [c.outlet, c.published].filter(Boolean).join(' · '),
      ' ',
      h('a', { href: `#doc/${c.uid}` }, c.title ?? 'document'),
    ),
    h('div', { class: 'evidence-list' }, h('h4', {}, 'Evidence'), ...c.evidence.map(evidence)),
    h(
      'ul',
      { class: 'responses' },
      ...c.responses.map((r) =>
        h(
          'li',
          { class: `response stance-${r.stance}` },
          h('strong', {}, who(r.by)),
          ' ',
          h('span', { class: 'stance' }, STANCE[r.stance] ?? r.stance),
          r.evidence ? evidence(r.evidence) : null,
        ),
      ),
      c.responses.length === 0 ? h('li', { class: 'muted' }, 'no response reported') : null,
    ),
  );
}

export async function renderClaims(view: HTMLElement): Promise<void> {
  const { items } = await api.claims();
  view.append(h('h2', {}, 'Claims ledger'));
  if (items.length === 0) {
    view.append(h('p', { class: 'empty' }, 'No accusations stored yet.'));
    return;
  }
  view.append(h('div', { class: 'ledger' }, ...items.map(claimCard)));
}
