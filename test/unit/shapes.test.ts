/**
 * Every notice of the sets and the corpus reads the same in the other shapes real notices come
 * in: hard-wrapped at 72 characters (a PDF, an e-mail), without its Markdown marks, with bold lines
 * or capitals for its headings, with typed bullets, with CR LF line ends, with words in italics
 * and bold inside its sentences and <br> tags between them (Markdown). The same findings in
 * every shape; where a shape changed them, the reading of that shape was wrong (reshaped.test.ts
 * holds the cases found so).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service/index';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const notices = ['sloppy', 'thorough', 'corpus'].flatMap((set) =>
  readdirSync(path.join(FIXTURES, set))
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .map((f) => ({ name: `${set}/${f}`, markdown: f.endsWith('.md'), text: readFileSync(path.join(FIXTURES, set, f), 'utf8') })),
);

const service = createPolicyService();
let version = 0;
/** The codes of the findings the checker reports on a text. */
function codes(text: string, markdown: boolean): string {
  const document = TextDocument.create(`file:///shape/${++version}.${markdown ? 'md' : 'txt'}`, markdown ? 'markdown' : 'plaintext', 1, text);
  return [...new Set(service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true }).map((d) => String(d.code)))].sort().join(' ');
}

/** A line that is structure, not prose: a heading, a table row, a list item, a quote, a fence. */
const STRUCTURE = /^\s*(#|\||[-*+•]\s|\d+[.)]\s|>|```|<)/;

/**
 * Each prose line longer than 100 characters wrapped at 72, its indent kept; with a `width`, each
 * prose line longer than it wrapped at it, in a text not wrapped already (most of its lines longer
 * than 100 characters), as a narrow column of a leaflet or a PDF has it.
 */
function wrap(text: string, width?: number): string {
  if (width !== undefined) {
    const lengths = text.split('\n').filter((l) => l.trim()).map((l) => l.length).sort((a, b) => a - b);
    if ((lengths[Math.floor(lengths.length / 2)] ?? 0) < 100) return text;
  }
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= (width ?? 100) || STRUCTURE.test(line)) return [line];
      const indent = /^\s*/.exec(line)![0];
      const out: string[] = [];
      let current = '';
      for (const word of line.trim().split(/ +/)) {
        if (current && current.length + 1 + word.length > (width ?? 72)) {
          out.push(current);
          current = indent + word;
        } else current = current ? `${current} ${word}` : indent + word;
      }
      return [...out, current];
    })
    .join('\n');
}

/**
 * Every ninth word of four letters or more of a prose line or list item in italics, every
 * thirteenth in bold ("you have the *right* to object", "for **six** months"); not in a line
 * already in bold.
 */
function emphasise(text: string): string {
  let n = 0;
  return text
    .split('\n')
    .map((line) => (/^\s*(#|\||>|```|<|\*\*)/.test(line) ? line : line.replace(/(?<=^|\s)(\p{L}{4,})(?=[\s,.;:]|$)/gu, (w) => (++n % 13 === 0 ? `**${w}**` : n % 9 === 0 ? `*${w}*` : w))))
    .join('\n');
}

const SHAPES: readonly { name: string; applies: (markdown: boolean) => boolean; to: (text: string) => string; markdown?: boolean }[] = [
  { name: 'hard-wrapped at 72 characters', applies: () => true, to: (t) => wrap(t) },
  { name: 'hard-wrapped in a narrow column of 45 characters', applies: () => true, to: (t) => wrap(t, 45) },
  {
    name: 'without its Markdown marks, read as plain text',
    applies: (md) => md,
    to: (t) => t.replace(/^#+\s*/gm, '').replace(/\*\*([^*\n]+)\*\*/g, '$1').replace(/\[([^\]\n]+)\]\([^)\n]+\)/g, '$1'),
    markdown: false,
  },
  { name: 'with bold lines for its headings below the title', applies: (md) => md, to: (t) => t.replace(/^#{2,6}\s+(.+?)\s*$/gm, '**$1**') },
  { name: 'with bold lines ending in a colon for its headings below the title', applies: (md) => md, to: (t) => t.replace(/^#{2,6}\s+(.+?)[:?]?\s*$/gm, '**$1:**') },
  { name: 'with its headings in capitals', applies: (md) => md, to: (t) => t.replace(/^(#{1,6}\s+)(.+)$/gm, (_, mark: string, title: string) => mark + title.toUpperCase()) },
  {
    // (A numbered title over its underline, "1. Who we are" over "----", is how a word processor's numbered headings come.)
    name: 'with setext headings (underlined with = and -), numbered ones too',
    applies: (md) => md,
    to: (t) => t.replace(/^(#{1,2})\s+(.+?)\s*$/gm, (_, mark: string, title: string) => `${title}\n${(mark === '#' ? '=' : '-').repeat(Math.max(3, title.length))}`),
  },
  { name: 'with typed bullets', applies: (md) => md, to: (t) => t.replace(/^(\s*)[-*] /gm, '$1• ') },
  {
    name: 'with a PDF\'s page numbers between its paragraphs ("Page 2 of 5")',
    applies: (md) => !md,
    to: (t) => {
      const lines = t.split('\n');
      const pages = Math.ceil(lines.length / 40);
      return lines.flatMap((l, i) => (i > 0 && i % 40 === 0 && l.trim() === '' ? [l, `Page ${i / 40} of ${pages}`, ''] : [l])).join('\n');
    },
  },
  {
    // (Every 45th line, wherever it falls: a page's end cuts a sentence as often as not.)
    name: 'as a PDF\'s text: hard-wrapped, its pages\' numbers and running header between its lines',
    applies: (md) => !md,
    to: (t) => {
      const lines = wrap(t).split('\n');
      const title = lines.find((l) => l.trim())!.trim();
      let page = 0;
      return lines.flatMap((l, i) => (i > 0 && i % 45 === 0 ? [l, '', `Page ${++page}`, '', title, ''] : [l])).join('\n');
    },
  },
  {
    name: 'with its e-mail addresses hidden from harvesters ("info [at] example [dot] com", "info(at)example.de")',
    applies: () => true,
    to: (t) => {
      let n = 0;
      return t.replace(/([\w.+-]+)@([\w-]+)\.([\w.]+)/g, (_, box: string, host: string, top: string) => (++n % 2 ? `${box} [at] ${host} [dot] ${top}` : `${box}(at)${host}.${top}`));
    },
  },
  { name: 'with CR LF line ends', applies: () => true, to: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'with words in italics and in bold inside its sentences', applies: (md) => md, to: emphasise },
  {
    name: 'with a <br> tag for every fourth break between sentences',
    applies: (md) => md,
    to: (t) => {
      let n = 0;
      return t.replace(/([.;])( )(?=\p{Lu})/gu, (m: string, stop: string) => (++n % 4 === 0 ? `${stop}<br>` : m));
    },
  },
];

describe('Every notice of the sets reads the same in other shapes', function () {
  this.timeout(300_000);
  const original = new Map<string, string>();
  before(() => {
    for (const n of notices) original.set(n.name, codes(n.text, n.markdown));
  });
  for (const shape of SHAPES) {
    it(shape.name, () => {
      const changed: string[] = [];
      for (const n of notices) {
        if (!shape.applies(n.markdown)) continue;
        const text = shape.to(n.text);
        if (text === n.text) continue;
        const got = codes(text, shape.markdown ?? n.markdown);
        if (got !== original.get(n.name)) changed.push(`${n.name}: ${original.get(n.name)} → ${got}`);
      }
      assert.deepEqual(changed, []);
    });
  }
});
