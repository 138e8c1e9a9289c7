/**
 * `--help` for the project's scripts and benchmarks: each one's opening doc comment is its help.
 * `helpIfAsked(import.meta.url)` prints it and exits when the script was started with --help/-h.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The text of a source file's opening block comment, without the comment marks. */
export function docComment(source: string): string {
  const m = /^\s*\/\*\*?([\s\S]*?)\*\//.exec(source);
  if (!m?.[1]) return '';
  return m[1]
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

export function helpIfAsked(metaUrl: string, argv: readonly string[] = process.argv): void {
  const file = fileURLToPath(metaUrl);
  if (!argv[1] || resolve(argv[1]) !== file) return;
  if (!argv.slice(2).some((a) => a === '--help' || a === '-h')) return;
  process.stdout.write(`${docComment(readFileSync(file, 'utf8'))}\n`);
  process.exit(0);
}
