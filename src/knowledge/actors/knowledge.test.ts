import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { defaultActorsDir } from './load.js';

const dir = defaultActorsDir();
const schemaDir = join(dir, 'schema');
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
for (const f of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, f), 'utf8')));
const schemaOf = (f: string) => ajv.getSchema(`https://dyad.dev/schema/actors/${f}`);

const lines = (file: string): { n: number; v: Record<string, unknown> }[] =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((l, i) => ({ l, n: i + 1 }))
    .filter((x) => x.l.trim())
    .map(({ l, n }) => ({ n, v: JSON.parse(l) as Record<string, unknown> }));

const SCHEMA_OF: Record<string, string> = {
  'officeholders.jsonl': 'actor.schema.json',
  'groups.jsonl': 'actor.schema.json',
  'states.generated.jsonl': 'actor.schema.json',
  'phoenix-actors.generated.jsonl': 'actor.schema.json',
  'agents.jsonl': 'agent.schema.json',
  'phoenix-agents.generated.jsonl': 'agent.schema.json',
  'states-extra.jsonl': 'state-extra.schema.json',
};

describe('actor knowledge files', () => {
  it('has a schema for every data file in knowledge/actors', () => {
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.jsonl')) assert.ok(SCHEMA_OF[f], `${f} has no schema assigned`);
    }
  });

  for (const [file, schema] of Object.entries(SCHEMA_OF)) {
    it(`validates every entry of ${file} against ${schema}, provenance included`, () => {
      const validate = schemaOf(schema);
      const header = schemaOf('generated-header.schema.json');
      assert.ok(validate && header);
      const rows = lines(file);
      const generated = file.includes('.generated.');
      if (generated) assert.ok(header(rows[0]?.v), `${file}: the first line must be the generated-file header`);
      const bad: string[] = [];
      for (const { n, v } of generated ? rows.slice(1) : rows) {
        if (!validate(v)) bad.push(`${file}:${n}: ${ajv.errorsText(validate.errors)}`);
        if (bad.length > 5) break;
      }
      assert.deepEqual(bad, []);
    });
  }

  it('validates the precompiled index (index.generated.json) against index.schema.json', () => {
    const validate = schemaOf('index.schema.json');
    assert.ok(validate);
    const ok = validate(JSON.parse(readFileSync(join(dir, 'index.generated.json'), 'utf8')));
    assert.ok(ok, ajv.errorsText(validate.errors));
  });

  it('validates the given-names list', () => {
    const validate = schemaOf('given-names.schema.json');
    assert.ok(validate?.(JSON.parse(readFileSync(join(dir, 'given-names.json'), 'utf8'))));
  });

  it('gives curated office holders well-ordered dated roles and unique ids', () => {
    const ids = new Set<string>();
    for (const { n, v } of lines('officeholders.jsonl')) {
      assert.ok(!ids.has(String(v.id)), `duplicate id ${v.id}`);
      ids.add(String(v.id));
      for (const r of (v.roles ?? []) as { from?: string; to?: string }[]) {
        if (r.from && r.to) assert.ok(r.from < r.to, `officeholders.jsonl:${n}: role ends before it begins`);
      }
    }
  });
});
