/**
 * Unlabelled text for the word clusters: every `.txt` file of a folder, read in file-name order,
 * split into sentences and tokens by dyad's own layout analysis, sentence splitter and tokeniser
 * (src/pipeline/segment) — the tokens the syntax stage sees when it codes news — and returned as
 * lower-case word hashes (`lexical(words).lower`, digits read as 0), the form clusters are learned
 * from and looked up by. The SHA-256 covers the file names and contents, so a model can record
 * exactly which text it was built from.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../../../core/errors.js';
import { analyzeLayout, segmentText } from '../../segment/index.js';
import { lexical } from '../lexical.js';

export interface UnlabelledText {
  /** Sentences as token strings. */
  readonly sentences: string[][];
  readonly files: number;
  readonly words: number;
  /** SHA-256 (hex) of the file names and contents, in reading order. */
  readonly sha256: string;
}

/** Sentences and tokens of one text, as the segment stage finds them. */
export function textSentences(text: string): string[][] {
  const { sentences, tokens } = segmentText(text, analyzeLayout(text));
  return sentences.map((s) => tokens.slice(s.firstToken, s.lastToken).map((t) => text.slice(t.start, t.end)));
}

/** Reads every `.txt` file of `dir` (sorted by name) into sentences of tokens. */
export function readTextFolder(dir: string): UnlabelledText {
  if (!existsSync(dir)) throw new DyadError('E001', `text folder not found: ${dir}`);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const hash = createHash('sha256');
  const sentences: string[][] = [];
  let words = 0;
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    hash.update(`${name}\n`);
    hash.update(text);
    hash.update('\n');
    for (const s of textSentences(text)) {
      sentences.push(s);
      words += s.length;
    }
  }
  return { sentences, files: names.length, words, sha256: hash.digest('hex') };
}

/** Sentences as lower-case word hashes, the input of `learnClusters`. */
export function sentenceHashes(sentences: readonly (readonly string[])[]): Int32Array[] {
  return sentences.map((s) => lexical(s).lower);
}
