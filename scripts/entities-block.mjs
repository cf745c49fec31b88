// What the bundles give markdown-it in place of the `entities` library (scripts/markdown-it-block.mjs).
// markdown-it's block parser decodes a named character reference ("&colon;") only in a reference
// definition's address and title and in a fence's info string (numeric ones it decodes itself), and
// of these the document model reads nothing but whether a definition is taken: markdown-it refuses
// an address whose scheme, after decoding, trimming and lower-casing, is javascript:, vbscript:,
// file: or data: (other than an image). Only references that decode to ASCII characters or to the
// white space JavaScript's trim() removes can change that answer, so only those are decoded here,
// exactly as the library does; any other is left as written. That spares the bundle the library's
// table of all 2,125 names (about 12 KB under brotli). test/unit/entitiesBlock.test.ts holds these
// to the library for every name, and holds the answer on addresses to the library's for every name.

const NAMED = new Map(Object.entries({
  Tab: '\t', NewLine: '\n', excl: '!', quot: '"', QUOT: '"', num: '#', dollar: '$', percnt: '%', amp: '&', AMP: '&',
  apos: "'", lpar: '(', rpar: ')', ast: '*', midast: '*', plus: '+', comma: ',', period: '.', sol: '/', colon: ':',
  semi: ';', lt: '<', LT: '<', equals: '=', gt: '>', GT: '>', quest: '?', commat: '@', lsqb: '[', lbrack: '[',
  bsol: '\\', rsqb: ']', rbrack: ']', Hat: '^', lowbar: '_', UnderBar: '_', grave: '`', DiacriticalGrave: '`',
  lcub: '{', lbrace: '{', verbar: '|', vert: '|', VerticalLine: '|', rcub: '}', rbrace: '}', fjlig: 'fj',
  nvlt: '<\u20d2', bne: '=\u20e5', nvgt: '>\u20d2',
  nbsp: '\u00a0', NonBreakingSpace: '\u00a0', ensp: '\u2002', emsp: '\u2003', emsp13: '\u2004', emsp14: '\u2005',
  numsp: '\u2007', puncsp: '\u2008', thinsp: '\u2009', ThinSpace: '\u2009', hairsp: '\u200a', VeryThinSpace: '\u200a',
  MediumSpace: '\u205f', ThickSpace: '\u205f\u200a',
}));

/** `entities`' decodeHTMLStrict for one reference "&name;", as markdown-it calls it: decoded when it can change a block, else as written. */
export function decodeHTMLStrict(reference) {
  return NAMED.get(reference.slice(1, -1)) ?? reference;
}
