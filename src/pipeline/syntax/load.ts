import { fileURLToPath } from 'node:url';
import { loadModel, type SyntaxModel } from './model.js';

/** The committed model, models/syntax/en-ewt.dyadsyn at the repository root. */
export const DEFAULT_SYNTAX_MODEL = fileURLToPath(new URL('../../../models/syntax/en-ewt.dyadsyn', import.meta.url));

/** Loads the syntax model (resource "syntaxModel"); `path` overrides the committed one. */
export async function loadSyntaxModel(path: string = DEFAULT_SYNTAX_MODEL): Promise<SyntaxModel> {
  return loadModel(path);
}
