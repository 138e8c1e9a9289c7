import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DyadError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs that turns unknown flags and missing values into E010 usage errors. */
export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new DyadError('E010', (e as Error).message.replace(/\. To specify.*$/s, ''));
  }
}
