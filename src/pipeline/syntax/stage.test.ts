import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createDocument, layer } from '../../core/document.js';
import { emptyContext, pipeline, withResources } from '../../core/pipeline.js';
import { segmentStage } from '../segment/index.js';
import { compileLemmas, DEFAULT_SYNTAX_MODEL, loadSyntaxModel, syntaxStage } from './index.js';

const TEXT =
  'The rebels denied that they had attacked the convoy near Kandahar on Tuesday. ' +
  'Officials in Kabul said the army would not negotiate.';

const hasModel = existsSync(DEFAULT_SYNTAX_MODEL);

describe('syntax stage', { skip: hasModel ? false : `no model at ${DEFAULT_SYNTAX_MODEL}` }, () => {
  it('adds a well-formed syntax layer: one root per sentence, heads inside it, no cycles', async () => {
    const ctx = withResources(emptyContext(), { syntaxModel: await loadSyntaxModel() });
    const doc = pipeline([segmentStage, syntaxStage]).run(createDocument('t', TEXT), ctx);
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const syn = layer(doc, 'syntax');
    assert.equal(sentences.length, 2);
    for (const key of ['upos', 'xpos', 'lemma', 'head', 'deprel'] as const)
      assert.equal(syn[key].length, tokens.length);
    for (const s of sentences) {
      let roots = 0;
      for (let k = s.firstToken; k < s.lastToken; k++) {
        const h = syn.head[k]!;
        if (h === -1) {
          roots++;
          assert.equal(syn.deprel[k], 'root');
          continue;
        }
        assert.ok(h >= s.firstToken && h < s.lastToken, `head of token ${k} lies in its sentence`);
        let x = k;
        for (let steps = 0; x !== -1; steps++) {
          assert.ok(steps <= s.lastToken - s.firstToken, `no cycle through token ${k}`);
          x = syn.head[x]!;
        }
      }
      assert.equal(roots, 1);
    }
  });

  it('tags, lemmatises and attaches a plain news sentence sensibly', async () => {
    const ctx = withResources(emptyContext(), { syntaxModel: await loadSyntaxModel() });
    const doc = pipeline([segmentStage, syntaxStage]).run(createDocument('t', TEXT), ctx);
    const tokens = layer(doc, 'tokens');
    const syn = layer(doc, 'syntax');
    const word = (k: number) => doc.text.slice(tokens[k]!.start, tokens[k]!.end);
    const at = (w: string) => tokens.findIndex((_, k) => word(k) === w);
    const denied = at('denied');
    assert.equal(syn.upos[denied], 'VERB');
    assert.equal(syn.lemma[denied], 'deny');
    assert.equal(syn.head[denied], -1, '"denied" is the root of the first sentence');
    assert.equal(syn.head[at('rebels')], denied);
    assert.equal(syn.deprel[at('rebels')], 'nsubj');
    assert.equal(syn.head[at('attacked')], denied, 'the complement clause hangs from "denied"');
    assert.equal(syn.deprel[at('attacked')], 'ccomp');
  });

  it('gives the same layer with the lemmatiser compiled at load as without it', async () => {
    const syntaxModel = await loadSyntaxModel();
    const plain = withResources(emptyContext(), { syntaxModel });
    const compiled = withResources(emptyContext(), { syntaxModel, syntaxLemmas: compileLemmas(syntaxModel.lemma) });
    const run = (ctx: typeof plain) =>
      layer(pipeline([segmentStage, syntaxStage]).run(createDocument('t', TEXT), ctx), 'syntax');
    assert.deepEqual(run(compiled), run(plain));
  });
});
