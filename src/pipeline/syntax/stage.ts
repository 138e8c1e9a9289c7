import { addLayer, layer } from '../../core/document.js';
import { resource, type Stage } from '../../core/pipeline.js';
import { analyzeSentence, scratchFor } from './analyze.js';
import type { SyntaxModel } from './model.js';
import type { SyntaxLayer } from './types.js';

/** Adds the `syntax` layer: tags, lemmas and a dependency tree per sentence (resource "syntaxModel"). */
export const syntaxStage: Stage = {
  name: 'syntax',
  requires: ['tokens', 'sentences'],
  provides: ['syntax'],
  run(doc, ctx) {
    const model = resource<SyntaxModel>(ctx, 'syntaxModel');
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const n = tokens.length;
    const out = {
      upos: new Array<string>(n).fill('X'),
      xpos: new Array<string>(n).fill('XX'),
      lemma: tokens.map((t) => doc.text.slice(t.start, t.end)),
      head: new Array<number>(n).fill(-1),
      deprel: new Array<string>(n).fill('dep'),
    };
    const scratch = scratchFor(model);
    for (const s of sentences) {
      const words: string[] = [];
      for (let k = s.firstToken; k < s.lastToken; k++) words.push(doc.text.slice(tokens[k]!.start, tokens[k]!.end));
      const a = analyzeSentence(model, words, scratch);
      for (let i = 0; i < words.length; i++) {
        const k = s.firstToken + i;
        out.upos[k] = a.upos[i]!;
        out.xpos[k] = a.xpos[i]!;
        out.lemma[k] = a.lemma[i]!;
        const h = a.head[i]!;
        out.head[k] = h < 0 ? -1 : s.firstToken + h;
        out.deprel[k] = a.deprel[i]!;
      }
    }
    const value: SyntaxLayer = out;
    return addLayer(doc, 'syntax', value);
  },
};
