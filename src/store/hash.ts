import { createHash } from 'node:crypto';

/** The text with runs of white space collapsed, so a re-saved file hashes the same. */
export const normaliseText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** sha256 of the normalised text: the key that makes ingest idempotent. */
export const contentHash = (text: string): string => createHash('sha256').update(normaliseText(text)).digest('hex');

/** The store's id for a document, derived from its content hash. */
export const uidOf = (hash: string): string => `d${hash.slice(0, 16)}`;
