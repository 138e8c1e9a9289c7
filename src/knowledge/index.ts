/** Knowledge loaders and indexes (actor knowledge: src/knowledge/actors). */
export * from './actors/index.js';
