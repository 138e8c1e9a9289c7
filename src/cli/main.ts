import { DyadError, toDyadError } from '../core/errors.js';
import { CODE_HELP, codeCommand } from './code.js';
import { DYADS_HELP, dyadsCommand } from './dyads.js';
import { EXPLAIN_HELP, explainCommand } from './explain.js';
import { EXPORT_HELP, exportCommand } from './export.js';
import { INGEST_HELP, ingestCommand } from './ingest.js';
import { type Io, processIo, reportError } from './io.js';
import { QUERY_HELP, queryCommand } from './query.js';
import { SERVE_HELP, serveCommand } from './serve.js';

type Command = { summary: string; help: string; run: (argv: string[], io: Io) => Promise<number> };

/** Every dyad command; each answers --help. Other folders register theirs here. */
export const COMMANDS: Record<string, Command> = {
  code: { summary: 'code events in articles and print contract JSON', help: CODE_HELP, run: codeCommand },
  explain: { summary: 'show why each event of the inputs was coded', help: EXPLAIN_HELP, run: explainCommand },
  ingest: {
    summary: 'code articles and feeds into the embedded event database',
    help: INGEST_HELP,
    run: ingestCommand,
  },
  export: {
    summary: 'export stored events as PLOVER JSONL, GDELT, CSV or Parquet',
    help: EXPORT_HELP,
    run: exportCommand,
  },
  dyads: { summary: 'dyadic time series: events per actor pair and period', help: DYADS_HELP, run: dyadsCommand },
  query: { summary: 'run a read-only SQL query on the event database', help: QUERY_HELP, run: queryCommand },
  serve: { summary: 'serve the HTTP API and the dashboard', help: SERVE_HELP, run: serveCommand },
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
    return await cmd.run(rest, io);
  } catch (e) {
    const err = toDyadError(e);
    reportError(io, err);
    if (err.code === 'E099' && process.env.DYAD_DEBUG) io.err(`${(e as Error).stack}\n`);
    return err.code === 'E010' ? 2 : 1;
  }
}
