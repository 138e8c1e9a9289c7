import { DyadError, toDyadError } from '../core/errors.js';
import { type Io, processIo, reportError } from './io.js';

type Run = (argv: string[], io: Io) => Promise<number>;
type Command = { summary: string; load: () => Promise<Run> };

/**
 * Every dyad command; each answers --help. A command's module is imported only when it runs, so
 * `dyad code` does not start DuckDB, the HTTP server or the feed reader (about 0.4 s per call).
 * Other folders register theirs here.
 */
export const COMMANDS: Record<string, Command> = {
  code: {
    summary: 'code events in articles and print contract JSON',
    load: async () => (await import('./code.js')).codeCommand,
  },
  explain: {
    summary: 'show why each event of the inputs was coded',
    load: async () => (await import('./explain.js')).explainCommand,
  },
  ingest: {
    summary: 'code articles and feeds into the embedded event database',
    load: async () => (await import('./ingest.js')).ingestCommand,
  },
  export: {
    summary: 'export stored events as PLOVER JSONL, GDELT, CSV or Parquet',
    load: async () => (await import('./export.js')).exportCommand,
  },
  dyads: {
    summary: 'dyadic time series: events per actor pair and period',
    load: async () => (await import('./dyads.js')).dyadsCommand,
  },
  query: {
    summary: 'run a read-only SQL query on the event database',
    load: async () => (await import('./query.js')).queryCommand,
  },
  serve: {
    summary: 'serve the HTTP API and the dashboard',
    load: async () => (await import('./serve.js')).serveCommand,
  },
};

export function usage(): string {
  const w = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return `Usage: dyad <command> [options]

dyad reads news and turns it into political event data: who did what to whom,
where and when, with every field traced to the words it came from.

Commands:
${Object.entries(COMMANDS)
  .map(([k, c]) => `  ${k.padEnd(w)}  ${c.summary}`)
  .join('\n')}

Run "dyad <command> --help" for a command's options.
`;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.out('dyad 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS[name];
  try {
    if (!cmd) throw new DyadError('E010', `unknown command "${name}" (see dyad --help)`);
    return await (await cmd.load())(rest, io);
  } catch (e) {
    const err = toDyadError(e);
    reportError(io, err);
    if (err.code === 'E099' && process.env.DYAD_DEBUG) io.err(`${(e as Error).stack}\n`);
    return err.code === 'E010' ? 2 : 1;
  }
}
