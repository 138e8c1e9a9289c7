/**
 * The hand-coded whole-document gold sets named in DOC_GOLD are well formed: every event has a
 * unique id, a short key phrase (corpus text is referenced, never copied), PLOVER types and parties
 * named in `aliases`; corpus documents name their corpus and kind.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PLOVER_TYPES, STATUSES } from '../src/schema/vocab.js';
import { DOC_GOLD } from './eval.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLOVER = new Set<string>(PLOVER_TYPES);
const STATUS_SET = new Set<string>(STATUSES);

interface GoldEvent {
  id?: string;
  key?: string;
  types: string[];
  actor?: string;
  recipient?: string;
  status?: string[];
}
interface DocGold {
  document: { id: string; corpus?: string; corpusKind?: string };
  aliases: Record<string, string[]>;
  required: GoldEvent[];
  optional: GoldEvent[];
  forbiddenFacts: GoldEvent[];
  claimLinks: { accusers: string[]; accused: string; denier: string }[];
}

describe('whole-document gold sets', () => {
  for (const [name, path] of Object.entries(DOC_GOLD)) {
    it(`keeps the ${name} gold well formed`, () => {
      const g = JSON.parse(readFileSync(join(root, path), 'utf8')) as DocGold;
      assert.ok(g.document.id);
      if (g.document.corpus) assert.ok(g.document.corpusKind, 'a corpus document names its referee input kind');
      const party = (p: string | undefined, where: string) =>
        assert.ok(p === undefined || g.aliases[p], `${where}: party ${p} has no aliases`);
      const ids = new Set<string>();
      for (const e of [...g.required, ...g.optional]) {
        assert.ok(e.id && !ids.has(e.id), `duplicate or missing id ${e.id}`);
        ids.add(e.id);
        assert.ok(e.key && e.key.split(' ').length <= 14, `${e.id}: a short key phrase, not copied text`);
        assert.equal(e.key, e.key.toLowerCase(), `${e.id}: keys are lower case (the referee lower-cases text)`);
        for (const t of e.types) assert.ok(PLOVER.has(t), `${e.id}: ${t} is no PLOVER category`);
        for (const s of e.status ?? []) assert.ok(STATUS_SET.has(s), `${e.id}: ${s} is no status`);
        party(e.actor, e.id);
        party(e.recipient, e.id);
      }
      for (const f of g.forbiddenFacts) {
        for (const t of f.types) assert.ok(PLOVER.has(t));
        party(f.actor, 'forbidden');
        party(f.recipient, 'forbidden');
      }
      for (const c of g.claimLinks) for (const p of [...c.accusers, c.accused, c.denier]) party(p, 'claim link');
      // an allowed coding may not be a fact the gold forbids (intended counts as fact for the referee)
      const factual = (e: GoldEvent) =>
        (e.status ?? ['asserted']).some((x) => /^(asserted|historical|intended)$/.test(x));
      for (const e of [...g.required, ...g.optional].filter(factual))
        for (const f of g.forbiddenFacts)
          assert.ok(
            !(
              f.actor &&
              f.actor === e.actor &&
              (!f.recipient || f.recipient === e.recipient) &&
              e.types.some((t) => f.types.includes(t)) &&
              e.types.every((t) => f.types.includes(t))
            ),
            `${e.id} allows as fact what a forbidden fact forbids`,
          );
    });
  }
});
