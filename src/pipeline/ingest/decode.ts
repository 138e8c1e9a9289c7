import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { DyadError, type ErrorLocation } from '../../core/errors.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  readonly diagnostics: readonly Diagnostic[];
}

const MAGIC: readonly [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF binary', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(buf: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => buf[i] === b);
}

/** Guesses UTF-16 without a BOM from the share of zero bytes at even or odd positions. */
function utf16Guess(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

// Windows-1252 bytes 0x80–0x9F (Node's TextDecoder reads them as Latin-1 control characters)
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(buf: Uint8Array): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const chunk = buf.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
  return out;
}

/** Share of control characters (other than tab, newline, carriage return, form feed) in a text. */
function controlShare(s: string): number {
  const n = Math.min(s.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/**
 * Turns bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or guessed),
 * else Windows-1252. Refuses binary data (E003) and empty or blank input (E002).
 */
export function decodeBytes(buf: Uint8Array, where: ErrorLocation = {}): Decoded {
  if (buf.length === 0) throw new DyadError('E002', 'the input is empty', where);
  for (const [what, sig] of MAGIC) {
    if (startsWith(buf, sig)) throw new DyadError('E003', `the input is a ${what}, not text`, where);
  }
  const diags: Diagnostic[] = [];
  let text: string;
  let encoding: Decoded['encoding'];
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    text = new TextDecoder('utf-8').decode(buf.subarray(3));
    encoding = 'utf-8';
    diags.push(diagnostic('W006', 'a UTF-8 byte-order mark was removed'));
  } else if (startsWith(buf, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(buf.subarray(2));
    encoding = 'utf-16le';
  } else if (startsWith(buf, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(buf.subarray(2));
    encoding = 'utf-16be';
  } else {
    const guess = utf16Guess(buf);
    if (guess) {
      text = new TextDecoder(guess).decode(buf);
      encoding = guess;
    } else {
      if (buf.subarray(0, 8192).includes(0))
        throw new DyadError('E003', 'the input contains NUL bytes: it is binary, not text', where);
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        encoding = 'utf-8';
      } catch {
        text = decodeWindows1252(buf);
        encoding = 'windows-1252';
        diags.push(diagnostic('W001', 'the input is not valid UTF-8; it was read as Windows-1252'));
      }
    }
  }
  if (controlShare(text) > 0.1)
    throw new DyadError('E003', 'the input is mostly control characters: it is binary, not text', where);
  if (text.includes('\ufffd')) diags.push(diagnostic('W002', 'the text contains replacement characters'));
  if (text.trim() === '') throw new DyadError('E002', 'the input holds only white space', where);
  return { text, encoding, diagnostics: diags };
}
