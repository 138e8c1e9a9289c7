/** A half-open UTF-16 range into a document's text: `text.slice(start, end)` is its text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const spanLength = (s: Span): number => s.end - s.start;

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Checks that a span lies inside a text of the given length and is not inverted. */
export const isValidSpan = (s: Span, length: number): boolean =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end >= s.start && s.end <= length;
