import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Cell } from './rows.js';
import { TABLES } from './schema.js';
import { newEntities } from './write.js';

const row = (fields: Record<string, Cell>): Cell[] => TABLES.mentions.columns.map(([c]) => fields[c] ?? null);

describe('entities named from mentions', () => {
  it('names a state from a mention by name, not from a pair ("the two countries") or a capital seen first', () => {
    const rows = [
      row({ code: 'FRE', name: 'Freedonia and Sylvania', kind: 'nominal' }),
      row({ code: 'FRE', name: 'Fredville', kind: 'metonym' }),
      row({ code: 'FRE', name: 'Freedonia', kind: 'name', sector: 'GOV' }),
      row({ code: 'FRE', name: 'Freedonian Republic', kind: 'name' }),
    ];
    assert.deepEqual(newEntities(rows), [['FRE', 'Freedonia', null]]);
  });
  it('keeps the first name seen when no mention names the actor', () => {
    const rows = [row({ code: 'SYL', name: 'the Sylvanian army', kind: 'nominal', sector: 'MIL' })];
    assert.deepEqual(newEntities(rows), [['SYL', 'the Sylvanian army', 'MIL']]);
  });
});
