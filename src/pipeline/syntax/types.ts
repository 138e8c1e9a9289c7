/**
 * The `syntax` layer: for every token of the `tokens` layer (same index), its universal and
 * Penn tags, lemma, and dependency head and relation (UD v2). `head[i]` is the index in the
 * `tokens` layer of token i's head, or -1 when token i is its sentence's root.
 */
export interface SyntaxLayer {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly lemma: readonly string[];
  readonly head: readonly number[];
  readonly deprel: readonly string[];
}

declare module '../../core/document.js' {
  interface Layers {
    syntax: SyntaxLayer;
  }
}
