/** Words that end the clause an act stands in: a look to the left or right for its cues stops at them. */

export const STOP = new Set([';', '.', '"', '“', '”', 'but', 'while', 'although', 'whereas']);
