/**
 * The evaluation harness: `npm run eval -- <kind> [gold]` turns a development set into dyad
 * input with the referee (../shared/eval/referee.mjs), codes it with dyad's default pipeline, and
 * scores the output with the referee, printing its summary line last. Outputs are kept under
 * .eval/ for inspection. Corpora are found through DYAD_CORPORA (default ../shared/corpora).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/core/document.js';
import { toOutput } from '../src/pipeline/assemble/index.js';
import { defaultPipeline, loadContext } from '../src/pipeline/default.js';
import { readBytes } from '../src/pipeline/ingest/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const corporaDir = (): string => resolve(process.env.DYAD_CORPORA ?? join(root, '..', 'shared', 'corpora'));
/** The referee script, with links resolved (it only runs when its own path is the one it was started by). */
export const refereePath = (): string => {
  const p = resolve(corporaDir(), '..', 'eval', 'referee.mjs');
  return existsSync(p) ? realpathSync(p) : p;
};

export const DEFAULT_GOLD: Record<string, string> = {
  'plover-gsr': 'plover-gsr/PLOVER_GSR_CAMEO.txt',
  'petr2-gsr': 'petr2-gsr/PETR2_GSR_validation.xml',
  polnear: 'polnear/dev',
  timex: 'tempeval3/TBAQ-cleaned',
  geo: 'geo/GWN.xml',
  re3d: 're3d',
};

/**
 * Hand-coded whole-document gold sets (referee kind `doc`). The reference article's input is
 * under examples/; the others name a corpus document (`document.corpus`, `document.corpusKind`)
 * whose text is rebuilt from $DYAD_CORPORA at run time (corpus text is never copied here).
 * `npm run eval -- doc <name>` scores one, `doc all` every one; kind `doc:<name>` is the same as
 * `doc <name>` (for floors).
 */
export const DOC_GOLD: Record<string, string> = {
  voa: 'test/gold/voa-russia-is-afghanistan.doc.json',
  skripal: 'test/gold/gwn-128-skripal-expulsions.doc.json',
  tariffs: 'test/gold/gwn-297-china-us-tariffs.doc.json',
  harassment: 'test/gold/gwn-103-duma-harassment.doc.json',
  lebanon: 'test/gold/tb-apw19980301-israel-lebanon.doc.json',
  inspections: 'test/gold/tb-apw19980306-iraq-inspections.doc.json',
};

export interface EvalResult {
  readonly kind: string;
  readonly summary: string;
  readonly result: unknown;
  readonly docs: number;
  readonly seconds: number;
}

interface DocGoldHead {
  readonly document: { readonly id: string; readonly corpus?: string; readonly corpusKind?: string };
}

/**
 * The input of a hand-coded document: examples/<document.id>.jsonl, or the line of the referee's
 * `input <corpusKind> <corpus>` (under $DYAD_CORPORA) whose id is the document's.
 */
function docInput(gold: string): Buffer {
  const { id, corpus, corpusKind } = (JSON.parse(readFileSync(gold, 'utf8')) as DocGoldHead).document;
  if (!corpus || !corpusKind) return readFileSync(join(root, 'examples', `${id}.jsonl`));
  const path = join(corporaDir(), corpus);
  if (!existsSync(path)) throw new Error(`corpus for doc gold ${id} not found: ${path} (set DYAD_CORPORA)`);
  const all = execFileSync(process.execPath, [refereePath(), 'input', corpusKind, path], { maxBuffer: 1 << 30 });
  const line = all
    .toString()
    .split('\n')
    .find((l) => l.trim() && (JSON.parse(l) as { id?: unknown }).id === id);
  if (!line) throw new Error(`document ${id} not found in ${path}`);
  return Buffer.from(`${line}\n`);
}

/** Whether a doc gold's input can be built: its corpus (if it names one) is present. */
export function docGoldAvailable(gold: string): boolean {
  const { corpus } = (JSON.parse(readFileSync(gold, 'utf8')) as DocGoldHead).document;
  return !corpus || existsSync(join(corporaDir(), corpus));
}

/** The doc gold name a kind asks for: `doc` with an argument, or `doc:<name>`. */
const docName = (kind: string, goldArg?: string): string | undefined =>
  kind === 'doc' ? (goldArg ?? 'voa') : kind.startsWith('doc:') ? kind.slice(4) : undefined;

/** Runs one development set end to end and returns the referee's verdict. */
export async function runEval(kindArg: string, goldArg?: string): Promise<EvalResult> {
  const name = docName(kindArg, goldArg);
  const kind = name === undefined ? kindArg : 'doc';
  const docGold = name === undefined ? undefined : join(root, DOC_GOLD[name] ?? name);
  const gold =
    docGold ?? (goldArg ? resolve(goldArg) : DEFAULT_GOLD[kind] ? join(corporaDir(), DEFAULT_GOLD[kind]) : undefined);
  if (!gold) throw new Error(`no default gold set for kind "${kind}"; give its path`);
  if (!existsSync(gold)) throw new Error(`gold set not found: ${gold} (set DYAD_CORPORA)`);
  const referee = refereePath();
  const input =
    kind === 'doc'
      ? docInput(gold)
      : execFileSync(process.execPath, [referee, 'input', kind, gold], { maxBuffer: 1 << 30 });
  const t0 = performance.now();
  const pipe = defaultPipeline();
  const ctx = await loadContext();
  const lines: string[] = [];
  let docs = 0;
  let batch: Document[] = [];
  const flush = (): void => {
    // stage by stage over a batch (Pipeline.runBatch): the same outputs as one by one, faster
    for (const d of pipe.runBatch(batch, ctx)) lines.push(JSON.stringify(toOutput(d)));
    docs += batch.length;
    batch = [];
  };
  for (const item of readBytes(input, `${kind}-input.jsonl`, 'jsonl', { maxBytes: 1 << 30 })) {
    if ('error' in item) {
      process.stderr.write(`dyad: ${item.error.format()}\n`);
      continue;
    }
    batch.push(item.doc);
    if (batch.length >= 64) flush();
  }
  flush();
  const seconds = (performance.now() - t0) / 1000;
  const dir = join(root, '.eval');
  mkdirSync(dir, { recursive: true });
  const outName = name === undefined || name === 'voa' ? kind : `doc-${name.replace(/[^\w-]+/g, '_')}`;
  const pred = join(dir, `${outName}.out.jsonl`);
  writeFileSync(pred, `${lines.join('\n')}\n`);
  const out = execFileSync(process.execPath, [referee, 'score', kind, gold, pred], { maxBuffer: 1 << 30 })
    .toString()
    .trim();
  const all = out.split('\n');
  const summary = all.pop() ?? '';
  return { kind: outName, summary, result: JSON.parse(all.join('\n') || 'null'), docs, seconds };
}

async function cli(argv: string[]): Promise<number> {
  const [kind, gold] = argv;
  if (!kind || kind === '--help' || kind === '-h') {
    process.stdout.write(`Usage: npm run eval -- <kind> [gold]

Runs the referee end to end on a development set: input → dyad → score.
Kinds with a default gold set under $DYAD_CORPORA (default ../shared/corpora):
${Object.entries(DEFAULT_GOLD)
  .map(([k, v]) => `  ${k.padEnd(11)} ${v}`)
  .join('\n')}
  doc [name]  hand-coded whole documents: ${Object.keys(DOC_GOLD).join(', ')} or all (default voa,
              the reference article; the others are rebuilt from the corpora named in their gold)
Other referee kinds (case2021, wikievents, ipe) need the gold path.
Options: --json prints the referee's full result before the summary line.
`);
    return kind ? 0 : 2;
  }
  if (!existsSync(refereePath())) {
    process.stderr.write(`eval: the referee is not at ${refereePath()}; set DYAD_CORPORA\n`);
    return 1;
  }
  const goldArg = gold?.startsWith('--') ? undefined : gold;
  const runs = kind === 'doc' && goldArg === 'all' ? Object.keys(DOC_GOLD) : [goldArg];
  for (const g of runs) {
    const gold = g ? DOC_GOLD[g] : undefined;
    if (kind === 'doc' && gold && !docGoldAvailable(join(root, gold))) {
      process.stdout.write(`doc ${g}: skipped (its corpus is not under ${corporaDir()}; set DYAD_CORPORA)\n`);
      continue;
    }
    const r = await runEval(kind, g);
    if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(r.result, null, 1)}\n`);
    process.stdout.write(
      `coded ${r.docs} documents in ${r.seconds.toFixed(1)} s (output: .eval/${r.kind}.out.jsonl)\n`,
    );
    process.stdout.write(`${r.summary}\n`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`eval: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
