import { DyadError, toDyadError } from '../core/errors.js';
import { defaultPipeline, loadContext } from '../pipeline/default.js';
import { explainDocument } from '../pipeline/events/index.js';
import { expandInputs, isoDate, readFile } from '../pipeline/ingest/index.js';
import { parse } from './args.js';
import { type Io, reportError } from './io.js';

export const EXPLAIN_HELP = `Usage: dyad explain <inputs…> [options]

Codes the inputs like "dyad code" and prints, for each event, why it was coded:
the trigger words and the lexicon entry or rule that matched them (with its
provenance), how the actor and recipient were found, why the status is what it
is, who it is attributed to, and the sentence.

Options:
  --published DATE   publication date for documents that do not give one
  -h, --help         show this help
`;

export async function explainCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { published: { type: 'string' } });
  if (values.help) {
    io.out(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new DyadError('E010', 'no input given (try: dyad explain examples/voa-russia-is-afghanistan.txt)');
  let published: string | null = null;
  if (values.published !== undefined) {
    published = isoDate(values.published);
    if (!published) throw new DyadError('E010', `--published "${values.published}" is not a date (use YYYY-MM-DD)`);
  }
  const pipe = defaultPipeline();
  const ctx = await loadContext();
  const { files, errors } = expandInputs(positionals);
  let failed = errors.length;
  for (const e of errors) reportError(io, e);
  for (const f of files) {
    for (const item of readFile(f, { defaults: published ? { published } : {} }, io.stdin)) {
      if ('error' in item) {
        failed++;
        reportError(io, item.error);
        continue;
      }
      try {
        const d = pipe.run(item.doc, ctx);
        const events = d.layers.events ?? [];
        io.out(
          `# ${item.doc.id}: ${events.length} events, ${d.layers.claims?.length ?? 0} claims, ${d.layers.quotes?.length ?? 0} quotes\n\n`,
        );
        io.out(`${explainDocument(events)}\n`);
        for (const c of d.layers.claims ?? []) {
          const who = (r: readonly { code: string | null; actorText: string }[]) =>
            r.map((x) => x.code ?? x.actorText).join('+') || '?';
          const resp = c.responses.map((r) => `${r.stance} by ${who(r.by)} (${r.event})`).join('; ') || 'no response';
          io.out(
            `\nclaim ${c.id} [${c.key ?? ''}]: ${who(c.claimant)} → ${who(c.accused)} «${c.proposition}» — ${resp}\n`,
          );
        }
        io.out('\n');
      } catch (e) {
        failed++;
        reportError(io, toDyadError(e, { file: item.doc.meta.source ?? f }));
      }
    }
  }
  return failed > 0 ? 1 : 0;
}
