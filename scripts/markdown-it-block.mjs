import { fileURLToPath } from 'node:url';

// An esbuild plugin that leaves out of our bundles the three libraries markdown-it needs only for
// inline Markdown, which the document model never parses (server/src/service/document.ts turns
// markdown-it's `inline` rule off and reads block tokens only):
//   - linkify-it finds bare addresses in text (markdown-it's `linkify` option, which is off);
//   - uc.micro's Unicode punctuation and symbol classes serve emphasis and smart quotes (inline);
//   - punycode.js turns a link's international host name into ASCII in `normalizeLink`, whose
//     result the block parser only hands to `validateLink`, which reads the link's scheme, never
//     its host (a reference definition `[x]: https://bücher.example` is taken either way).
// Together about 19 KB of the minified bundle. In their place come modules that throw when
// used, so that a later change that needs them (inline parsing, linkify) fails in the tests
// rather than quietly parsing differently: markdown-it calls punycode inside a try, so there a
// host name simply stays as written. mdurl stays: the block parser uses it to read reference
// definitions, and whether one is taken decides the document's blocks. Of entities, whose table
// of every named character reference is about 12 KB under brotli, the block parser needs only the
// references that can decide whether a definition is taken: scripts/entities-block.mjs.
// test/protocol/outline.test.ts (reference definitions) holds the bundled server's outline to the whole library's.

const UNUSED = /^(linkify-it|uc\.micro|punycode\.js)$/;

const fail = (name) => `function unused() { throw new Error('${name} is left out of this bundle (scripts/markdown-it-block.mjs)'); }`;

const STUBS = {
  'linkify-it': `${fail('linkify-it')}
export class LinkifyIt { test() { unused(); } match() { unused(); } matchAtStart() { unused(); } pretest() { unused(); } set() { unused(); } add() { unused(); } tlds() { unused(); } }
export default LinkifyIt;`,
  'uc.micro': `${fail('uc.micro')}
const cls = { test: unused, exec: unused, source: '' };
export const Any = cls, Cc = cls, Cf = cls, P = cls, S = cls, Z = cls;`,
  'punycode.js': `${fail('punycode.js')}
export default { toASCII: unused, toUnicode: unused, encode: unused, decode: unused };`,
};

const ENTITIES = fileURLToPath(new URL('./entities-block.mjs', import.meta.url));

/** The plugin: resolves the three libraries, when markdown-it imports them, to the stubs above, and entities to entities-block.mjs. */
export const markdownItBlockPlugin = {
  name: 'markdown-it-block',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, (args) => (/[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer) ? { path: ENTITIES } : undefined));
    build.onResolve({ filter: UNUSED }, (args) =>
      /[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer) ? { path: args.path, namespace: 'markdown-it-block' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'markdown-it-block' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
  },
};
