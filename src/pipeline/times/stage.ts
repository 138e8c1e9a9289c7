import { addLayer } from '../../core/document.js';
import type { Stage } from '../../core/pipeline.js';
import type { Time } from '../../schema/output.js';
import '../assemble/layers.js';
import '../segment/index.js';
import '../syntax/types.js';
import { tagTimes } from './tag.js';

/**
 * The `times` layer: every time expression with its TIMEX3 value, resolved against the
 * document's `published` date (left relative, e.g. PAST_REF or XXXX-WXX-5, when there is none).
 */
export const timesStage: Stage = {
  name: 'times',
  requires: ['sentences', 'tokens'],
  provides: ['times'],
  run(doc) {
    const L = doc.layers;
    const found = tagTimes({
      text: doc.text,
      published: doc.meta.published,
      sentences: L.sentences ?? [],
      tokens: L.tokens ?? [],
      ...(L.syntax ? { syntax: L.syntax } : {}),
    });
    const times: Time[] = found.map((f) => ({
      text: f.text,
      start: f.start,
      end: f.end,
      value: f.value,
      type: f.type,
    }));
    return addLayer(doc, 'times', times);
  },
};
