import type { Span } from '../../core/span.js';

/** The parts of a news text that are not body: headline, section label, "Source: X" trailer. */
export interface Layout {
  readonly headline: Span | null;
  readonly section: Span | null;
  readonly trailer: Span | null;
  /** Outlet named by the trailer ("Source: Voice of America" → "Voice of America"). */
  readonly outlet: string | null;
  /** Body paragraphs: maximal runs of non-blank lines, headline/section/trailer excluded. */
  readonly paragraphs: readonly Span[];
}

interface Line extends Span {
  readonly text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split(/(\r\n|\n|\r|\u2028|\u2029)/)) {
    if (/^(\r\n|\n|\r|\u2028|\u2029)$/.test(raw)) {
      pos += raw.length;
      continue;
    }
    out.push({ start: pos, end: pos + raw.length, text: raw });
    pos += raw.length;
  }
  return out;
}

const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

/** A headline: one short line, no final sentence punctuation (or a question), followed by a blank line. */
export function looksLikeHeadline(s: string): boolean {
  const t = s.trim();
  const w = words(t);
  if (w.length < 2 || w.length > 25 || t.length > 200) return false;
  if (/[.;:,]$/.test(t) && !/\b(U\.S|U\.N|U\.K|Inc|Co)\.$/.test(t)) return false;
  return /^[\p{Lu}\p{N}"“‘']/u.test(t);
}

/** A section label: one to four capitalised words, no punctuation but & and -, e.g. "Human Rights". */
export function looksLikeSection(s: string): boolean {
  const t = s.trim();
  const w = words(t);
  if (w.length < 1 || w.length > 4 || t.length > 40) return false;
  return w.every((x) => /^(\p{Lu}[\p{L}'’-]*|&|and|of|the)$/u.test(x));
}

const TRAILER = /^\s*(?:Source|SOURCE|Via|Courtesy of)\s*:\s*(.{2,80}?)\s*$/;

export function analyzeLayout(text: string, opts: { title?: string | null } = {}): Layout {
  const ls = lines(text);
  const nonBlank = ls.filter((l) => l.text.trim() !== '');
  let headline: Span | null = null;
  let section: Span | null = null;
  let trailer: Span | null = null;
  let outlet: string | null = null;
  const skip = new Set<Line>();

  const first = nonBlank[0];
  if (first) {
    const idx = ls.indexOf(first);
    const nextBlank = ls[idx + 1] === undefined || ls[idx + 1]?.text.trim() === '';
    const matchesTitle = opts.title && first.text.trim() === opts.title.trim();
    if (nonBlank.length > 1 && (matchesTitle || (nextBlank && looksLikeHeadline(first.text)))) {
      headline = trimmed(first);
      skip.add(first);
      const second = nonBlank[1];
      if (second && nonBlank.length > 2) {
        const j = ls.indexOf(second);
        const isolated = ls[j - 1]?.text.trim() === '' && (ls[j + 1] === undefined || ls[j + 1]?.text.trim() === '');
        if (isolated && looksLikeSection(second.text)) {
          section = trimmed(second);
          skip.add(second);
        }
      }
    }
  }
  const last = nonBlank[nonBlank.length - 1];
  if (last && nonBlank.length > 1) {
    const m = TRAILER.exec(last.text);
    if (m?.[1]) {
      trailer = trimmed(last);
      outlet = m[1].trim();
      skip.add(last);
    }
  }

  const paragraphs: Span[] = [];
  let cur: Span | null = null;
  for (const l of ls) {
    if (l.text.trim() === '' || skip.has(l)) {
      if (cur) paragraphs.push(cur);
      cur = null;
      continue;
    }
    const t = trimmed(l);
    cur = cur ? { start: cur.start, end: t.end } : t;
  }
  if (cur) paragraphs.push(cur);
  return { headline, section, trailer, outlet, paragraphs };
}

function trimmed(l: Line): Span {
  const lead = l.text.length - l.text.trimStart().length;
  const tail = l.text.length - l.text.trimEnd().length;
  return { start: l.start + lead, end: l.end - tail };
}
