import { fileURLToPath } from 'node:url';
import { DyadError } from '../../core/errors.js';
import { loadModel, type SyntaxModel } from './model.js';

/** The committed model, models/syntax/en-ewt.dyadsyn at the repository root. */
export const DEFAULT_SYNTAX_MODEL = fileURLToPath(new URL('../../../models/syntax/en-ewt.dyadsyn', import.meta.url));

export interface SyntaxLoadOptions {
  /** Parser beam width to use instead of the model's own (1 = greedy). */
  readonly beam?: number;
}

/**
 * Loads the syntax model (resource "syntaxModel"). `path` overrides the committed one, as does
 * the environment variable DYAD_SYNTAX_MODEL; the beam width comes from `opts.beam`, else
 * DYAD_SYNTAX_BEAM, else the model file.
 */
export async function loadSyntaxModel(
  path: string = process.env.DYAD_SYNTAX_MODEL || DEFAULT_SYNTAX_MODEL,
  opts: SyntaxLoadOptions = {},
): Promise<SyntaxModel> {
  const model = loadModel(path);
  const env = process.env.DYAD_SYNTAX_BEAM;
  const beam = opts.beam ?? (env ? Number(env) : undefined);
  if (beam === undefined) return model;
  if (!Number.isInteger(beam) || beam < 1) throw new DyadError('E011', `invalid syntax beam width: ${beam}`);
  return { ...model, beam };
}
