import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { eventKnowledgeDir, loadEventLexicon, readJsonl, readYaml, verbForms } from './index.js';

const dir = eventKnowledgeDir();
const schema = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });

describe('event lexicon knowledge files', () => {
  for (const [file, sch] of [
    ['cameo.jsonl', 'cameo.schema.json'],
    ['phoenix-verbs.jsonl', 'phoenix-verbs.schema.json'],
    ['phoenix-patterns.jsonl', 'phoenix-patterns.schema.json'],
  ] as const) {
    it(`validates every line of ${file} against ${sch}, each with provenance`, () => {
      const validate = ajv.compile(schema(sch));
      const rows = readJsonl<Record<string, unknown>>(dir, file);
      assert.ok(rows.length > 0);
      for (const [i, r] of rows.entries())
        assert.ok(validate(r), `${file} row ${i + 1}: ${ajv.errorsText(validate.errors)}`);
      assert.match(readFileSync(join(dir, file), 'utf8').split('\n')[0] ?? '', /"generated"/);
    });
  }
  it('validates phoenix-synsets.json, core.yaml and cues.yaml against their schemas', () => {
    const syn = ajv.compile(schema('phoenix-synsets.schema.json'));
    assert.ok(syn(JSON.parse(readFileSync(join(dir, 'phoenix-synsets.json'), 'utf8'))), ajv.errorsText(syn.errors));
    const core = ajv.compile(schema('core.schema.json'));
    assert.ok(core(readYaml(dir, 'core.yaml')), ajv.errorsText(core.errors));
    const cues = ajv.compile(schema('cues.schema.json'));
    assert.ok(cues(readYaml(dir, 'cues.yaml')), ajv.errorsText(cues.errors));
  });
  it('maps every curated entry to a CAMEO code with a PLOVER type or an override', () => {
    const lex = loadEventLexicon();
    for (const list of [...lex.verbs.values(), ...lex.nouns.values()]) {
      for (const e of list) if (e.id.startsWith('core:')) assert.ok(e.plover, `${e.id} has no PLOVER type`);
    }
  });
});

describe('event lexicon index', () => {
  const lex = loadEventLexicon();
  it('indexes verbs by lemma and inflected form', () => {
    assert.ok(lex.verbs.get('accuse')?.[0]?.id.startsWith('core:verb:accuse'));
    assert.ok(lex.verbForms.get('accused')?.includes('accuse'));
    assert.ok(lex.verbForms.get('banned')?.includes('ban'));
    assert.ok(lex.verbForms.get('struck')?.includes('strike'));
  });
  it('indexes event nouns by plural form', () => {
    assert.ok(lex.nounForms.get('airstrikes')?.includes('airstrike'));
    assert.ok(lex.nouns.get('sanctions'));
  });
  it('derives Goldstein and QuadClass from the CAMEO code', () => {
    const c = lex.cameo.get('190');
    assert.equal(c?.plover, 'ASSAULT');
    assert.equal(c?.quadClass, 4);
    assert.equal(c?.goldstein, -10);
    assert.equal(lex.cameo.get('020')?.plover, 'REQUEST');
    assert.equal(lex.cameo.get('010')?.plover, null);
  });
  it('makes regular verb forms', () => {
    assert.deepEqual(verbForms('deny').sort(), ['denied', 'denies', 'deny', 'denying']);
    assert.ok(verbForms('harbor').includes('harbored'));
  });
});

describe('verb forms', () => {
  it('indexes irregular past forms of event verbs ("burnt", "fled", "struck")', () => {
    assert.ok(verbForms('burn').includes('burnt'));
    assert.ok(verbForms('flee').includes('fled'));
    assert.ok(verbForms('strike').includes('struck'));
    assert.ok(verbForms('attack').includes('attacked'));
  });
  it('doubles the last consonant of longer verbs stressed on it ("regretted", "patrolled") and keeps the plain form', () => {
    assert.ok(verbForms('regret').includes('regretted'));
    assert.ok(verbForms('patrol').includes('patrolling'));
    assert.ok(verbForms('visit').includes('visited'));
  });
});

describe('verb forms of gas compounds', () => {
  it('doubles the s of "gas" compounds ("tear-gas" → "tear-gassed", "teargassing")', () => {
    assert.ok(verbForms('tear-gas').includes('tear-gassed'));
    assert.ok(verbForms('teargas').includes('teargassing'));
  });
});

describe('patterns of a block', () => {
  it('lends a bare-preposition pattern ("head to") only to the verb it was written for, not "lead to"', () => {
    const lex = loadEventLexicon();
    const to = (lemma: string) =>
      (lex.patterns.get(lemma) ?? []).filter((p) => p.provenance.includes('OVERSEE_MANAGE') && p.code === '030');
    assert.ok(to('head').some((p) => p.onlyFor === 'head'));
    assert.equal(to('lead').length, 0);
  });
});

describe('verbs that are no events', () => {
  it('loads no Phoenix entry for a verb listed under notEvents ("forestall")', () => {
    const lex = loadEventLexicon();
    assert.ok(!(lex.verbs.get('forestall') ?? []).some((e) => e.id.startsWith('phoenix:')));
    assert.ok((lex.verbs.get('attack') ?? []).length > 0);
  });
});
