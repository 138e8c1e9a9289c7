import type { OutputDocument } from '../schema/output.js';
import { appendRows } from './append.js';
import { contentHash, uidOf } from './hash.js';
import { bands, decodeSignature, encodeSignature, NEAR_DUP_THRESHOLD, signature, similarity } from './minhash.js';
import { appendRollups, maybeCompactRollups } from './rollup.js';
import { type Cell, documentRows, type TableRows } from './rows.js';
import { TABLES, type TableName } from './schema.js';
import type { Store } from './store.js';

export interface StoreItem {
  readonly doc: OutputDocument;
  /** Where it was read from (file, file:line, "api"). */
  readonly source?: string | null;
}

export interface StoredDocument {
  readonly uid: string;
  readonly id: string;
  readonly status: 'stored' | 'unchanged';
  readonly duplicateOf: string | null;
  readonly events: number;
}

export interface BatchResult {
  readonly stored: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly events: number;
  readonly documents: readonly StoredDocument[];
}

/** Which of these content hashes are already stored (so ingest can skip coding them). */
export async function knownHashes(store: Store, hashes: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const part = hashes.slice(i, i + 500);
    const rows = await store.all(
      `SELECT hash FROM documents WHERE hash IN (${part.map((_, j) => `$${j + 1}`).join(',')})`,
      part,
    );
    for (const r of rows) out.add(String(r.hash));
  }
  return out;
}

const MENTION = Object.fromEntries(TABLES.mentions.columns.map(([c], i) => [c, i])) as Record<string, number>;

/**
 * The resolved entities of a batch's mention rows: each code once, with the first sector seen and
 * the first name of a mention by name ("Pakistan", not "Pakistan and Russia" from "the two
 * countries" or "Islamabad"), else the first name seen (the store keeps the first it was given).
 */
export function newEntities(mentions: readonly (readonly Cell[])[]): [string, string | null, string | null][] {
  const out = new Map<string, [string, string | null, string | null]>();
  const byName = new Set<string>();
  for (const m of mentions) {
    const code = m[MENTION.code as number];
    if (code === null || code === undefined) continue;
    const name = (m[MENTION.name as number] ?? null) as string | null;
    const sector = (m[MENTION.sector as number] ?? null) as string | null;
    const proper = m[MENTION.kind as number] === 'name' && name !== null;
    const seen = out.get(String(code));
    if (!seen) out.set(String(code), [String(code), name, sector]);
    else if ((seen[1] === null && name !== null) || (proper && !byName.has(String(code)))) seen[1] = name;
    if (proper) byName.add(String(code));
  }
  return [...out.values()];
}

interface Candidate {
  readonly uid: string;
  readonly sig: number[];
}

/** Stored originals indexed under any of these band keys (one query for a whole batch). */
async function storedCandidates(store: Store, keys: readonly string[]): Promise<Map<string, Candidate[]>> {
  const out = new Map<string, Candidate[]>();
  const decoded = new Map<string, Candidate>(); // a document sharing several bands is decoded once
  for (let i = 0; i < keys.length; i += 1000) {
    const part = keys.slice(i, i + 1000);
    const rows = await store.all(
      `SELECT b.band, d.uid, d.minhash FROM doc_bands b JOIN documents d ON d.uid = b.uid
       WHERE b.band IN (${part.map((_, j) => `$${j + 1}`).join(',')}) AND d.duplicate_of IS NULL`,
      part,
    );
    for (const r of rows) {
      const k = String(r.band);
      const uid = String(r.uid);
      let c = decoded.get(uid);
      if (!c) {
        c = { uid, sig: decodeSignature(String(r.minhash)) };
        decoded.set(uid, c);
      }
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
  }
  return out;
}

/**
 * Stores a batch of coded documents in one transaction: all of them or none. A document whose
 * content hash is already stored is left unchanged (ingest is idempotent); one that is a
 * near-duplicate of a stored original (the same wire story) is stored and flagged, and its
 * events are marked so that counts do not include them twice.
 */
export async function storeBatch(
  store: Store,
  items: readonly StoreItem[],
  now: Date = new Date(),
): Promise<BatchResult> {
  const hashes = items.map((it) => contentHash(it.doc.text));
  const known = await knownHashes(store, hashes);
  const all: Record<string, Cell[][]> = {};
  const results: StoredDocument[] = [];
  const sigs = items.map((it, i) => (known.has(hashes[i] ?? '') ? null : signature(it.doc.text)));
  // candidates: stored originals sharing a band, plus originals earlier in this batch
  const candidates = await storedCandidates(store, [...new Set(sigs.flatMap((g) => (g ? bands(g) : [])))]);
  const seen = new Set<string>();
  let duplicates = 0;
  let events = 0;
  for (const [i, it] of items.entries()) {
    const hash = hashes[i]!;
    const uid = uidOf(hash);
    if (known.has(hash) || seen.has(hash)) {
      results.push({ uid, id: it.doc.id, status: 'unchanged', duplicateOf: null, events: 0 });
      continue;
    }
    seen.add(hash);
    const sig = sigs[i] ?? signature(it.doc.text);
    const keys = bands(sig);
    let best: { uid: string; sim: number } | null = null;
    const checked = new Set<string>();
    for (const c of keys.flatMap((k) => candidates.get(k) ?? [])) {
      if (checked.has(c.uid)) continue;
      checked.add(c.uid);
      const sim = similarity(sig, c.sig);
      if (sim >= NEAR_DUP_THRESHOLD && (!best || sim > best.sim)) best = { uid: c.uid, sim };
    }
    if (best) duplicates++;
    else
      for (const k of keys) {
        const list = candidates.get(k);
        if (list) list.push({ uid, sig });
        else candidates.set(k, [{ uid, sig }]);
      }
    const rows: TableRows = documentRows(it.doc, {
      uid,
      hash,
      minhash: encodeSignature(sig),
      duplicateOf: best?.uid ?? null,
      similarity: best?.sim ?? null,
      source: it.source ?? null,
      ingestedAt: now.toISOString(),
    });
    // only originals are indexed for lookup, so a story's copies all point at the first one
    rows.doc_bands = best ? [] : keys.map((k) => [k, uid]);
    for (const [t, r] of Object.entries(rows)) (all[t] ??= []).push(...(r as Cell[][]));
    events += it.doc.events.length;
    results.push({
      uid,
      id: it.doc.id,
      status: 'stored',
      duplicateOf: best?.uid ?? null,
      events: it.doc.events.length,
    });
  }
  const stored = results.filter((r) => r.status === 'stored');
  if (stored.length > 0) {
    const entities = newEntities(all.mentions ?? []);
    await store.transaction(async (conn) => {
      for (const [t, r] of Object.entries(all)) await appendRows(conn, TABLES[t as TableName], r);
      for (let i = 0; i < entities.length; i += 300) {
        const part = entities.slice(i, i + 300);
        await conn.run(
          `INSERT OR IGNORE INTO entities VALUES ${part.map((_, j) => `($${3 * j + 1}, $${3 * j + 2}, $${3 * j + 3})`).join(', ')}`,
          part.flat(),
        );
      }
      await appendRollups(conn, all.events ?? []);
      await maybeCompactRollups(conn);
    });
  }
  return { stored: stored.length, unchanged: results.length - stored.length, duplicates, events, documents: results };
}
