import type { ResourceLimits } from 'node:worker_threads';

/**
 * V8 heap limits of the coding worker threads. The young generation is 96 MB (32 MB
 * semi-spaces, twice V8's default): a batch's layers live while it is coded, and a bigger young
 * generation promotes fewer of them to the old generation. bench:pipeline measured the same
 * batches at 16/32/64 MB semi-spaces within 3% of each other on a shared machine once feature
 * keys stopped allocating (see the commit log), so the gain is small and the memory cost bounded.
 */
export const CODING_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 96 };
