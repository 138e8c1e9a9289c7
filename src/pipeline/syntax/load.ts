import { fileURLToPath } from 'node:url';
import { DyadError } from '../../core/errors.js';
import { loadModel, type SyntaxModel } from './model.js';

/** The committed model, models/syntax/en-ewt.dyadsyn at the repository root. */
export const DEFAULT_SYNTAX_MODEL = fileURLToPath(new URL('../../../models/syntax/en-ewt.dyadsyn', import.meta.url));

export interface SyntaxLoadOptions {
  /** Parser beam width to use instead of the model's own (1 = greedy). */
  readonly beam?: number;
  /** Parse with the reparsing ensemble of the file's parsers (true) or its main parser alone (false). */
  readonly ensemble?: boolean;
}

/**
 * Loads the syntax model (resource "syntaxModel"). `path` overrides the committed one, as does
 * the environment variable DYAD_SYNTAX_MODEL; the beam width comes from `opts.beam`, else
 * DYAD_SYNTAX_BEAM, else the model file; the ensemble switch from `opts.ensemble`, else
 * DYAD_SYNTAX_ENSEMBLE (1/0), else the model file (a file with one parser has no ensemble).
 */
export async function loadSyntaxModel(
  path: string = process.env.DYAD_SYNTAX_MODEL || DEFAULT_SYNTAX_MODEL,
  opts: SyntaxLoadOptions = {},
): Promise<SyntaxModel> {
  let model = loadModel(path);
  const envEnsemble = process.env.DYAD_SYNTAX_ENSEMBLE;
  const ensemble = opts.ensemble ?? (envEnsemble ? envEnsemble !== '0' && envEnsemble !== 'no' : undefined);
  if (ensemble !== undefined) model = { ...model, useEnsemble: ensemble && model.ensemble !== null };
  const env = process.env.DYAD_SYNTAX_BEAM;
  const beam = opts.beam ?? (env ? Number(env) : undefined);
  if (beam === undefined) return model;
  if (!Number.isInteger(beam) || beam < 1) throw new DyadError('E011', `invalid syntax beam width: ${beam}`);
  return { ...model, beam };
}
