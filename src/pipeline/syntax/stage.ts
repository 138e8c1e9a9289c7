import { addLayer, type Document, layer } from '../../core/document.js';
import { type Context, resource, type Stage } from '../../core/pipeline.js';
import { parseTagged, type Scratch, scratchFor, type TaggedSentence, tagWords } from './analyze.js';
import { type CompiledLemmas, lemmatizeWith } from './lemma.js';
import type { SyntaxModel } from './model.js';
import type { SyntaxLayer } from './types.js';

/**
 * Tags every sentence of every document first, then parses them all: the tagger's weights and
 * then the parser's stay in the processor's caches (outputs are those of sentence-by-sentence
 * analysis).
 */
function analyzeDocuments(docs: readonly Document[], ctx: Context): Document[] {
  const model = resource<SyntaxModel>(ctx, 'syntaxModel');
  // the model's lemmatiser compiled once at load (resource "syntaxLemmas"), when it is there
  const given = ctx.resources.get('syntaxLemmas') as CompiledLemmas | undefined;
  const lemmas = given && given.source === model.lemma ? given : null;
  const scratch: Scratch = scratchFor(model);
  const tagged = docs.map((doc) => {
    const tokens = layer(doc, 'tokens');
    return layer(doc, 'sentences').map((s): TaggedSentence | null => {
      if (s.lastToken <= s.firstToken) return null;
      const words: string[] = [];
      for (let k = s.firstToken; k < s.lastToken; k++) words.push(doc.text.slice(tokens[k]!.start, tokens[k]!.end));
      return tagWords(model, words, scratch);
    });
  });
  return docs.map((doc, j) => {
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
    sentences.forEach((s, q) => {
      const t = tagged[j]?.[q];
      if (!t) return;
      const a = parseTagged(model, t, scratch, lemmas ? { lemmas: false } : {});
      for (let i = 0; i < t.words.length; i++) {
        const k = s.firstToken + i;
        out.upos[k] = a.upos[i]!;
        out.xpos[k] = a.xpos[i]!;
        out.lemma[k] = lemmas ? lemmatizeWith(lemmas, t.words[i]!, a.xpos[i]!) : a.lemma[i]!;
        const h = a.head[i]!;
        out.head[k] = h < 0 ? -1 : s.firstToken + h;
        out.deprel[k] = a.deprel[i]!;
      }
    });
    const value: SyntaxLayer = out;
    return addLayer(doc, 'syntax', value);
  });
}

/**
 * Adds the `syntax` layer: tags, lemmas and a dependency tree per sentence (resource
 * "syntaxModel"; "syntaxLemmas", the model's lemmatiser compiled by `compileLemmas`, optional).
 */
export const syntaxStage: Stage = {
  name: 'syntax',
  requires: ['tokens', 'sentences'],
  provides: ['syntax'],
  run: (doc, ctx) => analyzeDocuments([doc], ctx)[0]!,
  runBatch: analyzeDocuments,
};
