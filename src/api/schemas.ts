import { z } from 'zod';
import { InputDocument } from '../schema/output.js';
import { EventFilter, Interval, Page } from '../store/index.js';

/** Request shapes of the HTTP API (zod): validated on every request and described in /openapi.json. */
export const EventsQuery = EventFilter.extend(Page.shape);
export const DyadsQuery = EventFilter.extend({
  interval: Interval.default('month'),
  limit: z.coerce.number().int().min(1).max(100_000).default(1000),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export const GraphQuery = EventFilter.extend({ maxEdges: z.coerce.number().int().min(1).max(2000).default(300) });
export const ActorsQuery = Page.extend({ q: z.string().min(1).max(100).optional().describe('part of a code or name') });
export const ClaimsQuery = Page.extend({
  actor: z.string().min(1).max(64).optional().describe('claimant or accused code'),
  document: z.string().min(1).max(200).optional().describe('document uid or id'),
  includeDuplicates: EventFilter.shape.includeDuplicates,
});
export const DocumentsQuery = Page;
export const DocumentParam = z.object({ id: z.string().min(1).max(200) });

export const MAX_DOCUMENTS_PER_REQUEST = 100;
/** POST /documents: one input document, an array of them, or `{ documents: [...] }`. */
export const PostDocuments = z.union([
  InputDocument,
  z.array(InputDocument).min(1).max(MAX_DOCUMENTS_PER_REQUEST),
  z.object({ documents: z.array(InputDocument).min(1).max(MAX_DOCUMENTS_PER_REQUEST) }),
]);
