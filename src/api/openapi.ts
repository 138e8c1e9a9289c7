import { z } from 'zod';
import { ERRORS } from '../core/errors.js';
import { Claim, Event, OutputDocument } from '../schema/output.js';
import {
  ActorsQuery,
  ClaimsQuery,
  DocumentsQuery,
  DyadsQuery,
  EventsQuery,
  GraphQuery,
  PostDocuments,
} from './schemas.js';

type Json = Record<string, unknown>;
const schema = (s: z.ZodType, io: 'input' | 'output' = 'output'): Json =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;

/** Query parameters of a zod object schema, for OpenAPI. */
function params(s: z.ZodObject): Json[] {
  const js = schema(s, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, p]) => {
    const { description, ...rest } = p as { description?: string };
    return {
      name,
      in: 'query',
      required: js.required?.includes(name) ?? false,
      schema: rest,
      ...(description ? { description } : {}),
    };
  });
}

const ok = (description: string, body: Json = { type: 'object' }) => ({
  200: { description, content: { 'application/json': { schema: body } } },
  default: {
    description: 'a coded error',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
});

const list = (ref: string) => ({ type: 'array', items: { $ref: `#/components/schemas/${ref}` } });

/** The OpenAPI 3.1 document served at /openapi.json, built from the same zod schemas the routes validate with. */
export function openApiDocument(version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad',
      version,
      description: 'Political event data from news text: who did what to whom, where and when, with evidence.',
    },
    paths: {
      '/documents': {
        post: {
          summary: 'Code and store one or many documents',
          description:
            'Documents are coded in worker threads (`dyad serve --workers N`), so the server keeps answering reads meanwhile; each request is stored in one transaction. Writes need a bearer token when the server is bound to a non-loopback address.',
          security: [{ bearer: [] }, {}],
          requestBody: { required: true, content: { 'application/json': { schema: schema(PostDocuments, 'input') } } },
          responses: ok('stored documents (status "stored" or "unchanged") and per-document errors'),
        },
        get: { summary: 'Recently stored documents', parameters: params(DocumentsQuery), responses: ok('documents') },
      },
      '/documents/{id}': {
        get: {
          summary: 'One document with all its annotations',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string' },
              description: 'store uid or document id',
            },
          ],
          responses: ok('the contract document plus a "store" block', { $ref: '#/components/schemas/Document' }),
        },
      },
      '/events': {
        get: {
          summary: 'Events, filtered and paginated',
          parameters: params(EventsQuery),
          responses: ok('a page of events'),
        },
      },
      '/actors': { get: { summary: 'Resolved actors', parameters: params(ActorsQuery), responses: ok('actors') } },
      '/dyads': {
        get: {
          summary: 'Per actor pair and period: counts by type and QuadClass, Goldstein sum and mean',
          parameters: params(DyadsQuery),
          responses: ok('dyad rows'),
        },
      },
      '/claims': {
        get: {
          summary: 'The claims ledger: claims, claimants, accused, evidence and responses',
          parameters: params(ClaimsQuery),
          responses: ok('claims'),
        },
      },
      '/graph': {
        get: {
          summary: 'Actors as nodes, actor pairs as weighted edges',
          description:
            'Edges: events per directed actor pair (all pairs of compound actors), Goldstein sum and mean, PLOVER types. Read from the pre-aggregated dyad tables (whole months from dyad_months, other days from dyad_days) unless the filter names a place, text, document or an actor by name, in which case the events are grouped.',
          parameters: params(GraphQuery),
          responses: ok('nodes and edges', {
            type: 'object',
            required: ['nodes', 'edges'],
            properties: {
              nodes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    sector: { type: ['string', 'null'] },
                    events: { type: 'integer' },
                  },
                },
              },
              edges: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    source: { type: 'string' },
                    target: { type: 'string' },
                    events: { type: 'integer' },
                    goldsteinSum: { type: 'number' },
                    goldsteinMean: { type: ['number', 'null'] },
                    types: { type: 'array', items: { type: 'string' } },
                  },
                },
              },
            },
          }),
        },
      },
      '/timeline': {
        get: {
          summary: 'Events per day and type',
          parameters: params(EventsQuery.omit({ limit: true, offset: true })),
          responses: ok('rows'),
        },
      },
      '/locations': {
        get: {
          summary: 'Event locations',
          parameters: params(EventsQuery.omit({ limit: true, offset: true })),
          responses: ok('rows'),
        },
      },
      '/health': { get: { summary: 'Liveness and store size', responses: ok('status') } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Document: schema(OutputDocument),
        Event: schema(Event),
        Claim: schema(Claim),
        EventList: list('Event'),
        Error: {
          type: 'object',
          required: ['code', 'error', 'message'],
          properties: {
            code: { type: 'string', enum: Object.keys(ERRORS) },
            error: { type: 'string' },
            message: { type: 'string' },
            file: { type: 'string' },
            line: { type: 'integer' },
          },
        },
      },
    },
  };
}
