import './layers.js';

export { toOutput } from './assemble.js';
