export { type Decoded, decodeBytes } from './decode.js';
export {
  DEFAULT_MAX_BYTES,
  expandInputs,
  type IngestOptions,
  type InputKind,
  kindOfPath,
  readBytes,
  readFile,
  sniffKind,
} from './files.js';
export { parseHtml } from './html-dom.js';
export { isoDate } from './meta.js';
export { type IngestItem, type ReadOptions, readHtml, readJsonl, readText } from './readers.js';
