/**
 * The bundles give markdown-it scripts/entities-block.mjs in place of the `entities` library (see
 * scripts/markdown-it-block.mjs): only the named character references that can decide whether a
 * reference definition is taken are decoded. Held here to the library for every named reference
 * HTML knows, and on the answer that matters: whether an address is refused.
 */
import * as assert from 'node:assert/strict';
import { characterEntities } from 'character-entities';
import { decodeHTMLStrict as library } from 'entities';
import MarkdownIt from 'markdown-it';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { decodeHTMLStrict as ours } from '../../scripts/entities-block.mjs';

const NAMES = Object.keys(characterEntities);
const md = new MarkdownIt();
/** A reference definition's address as markdown-it reads it: named references decoded by `decode`, then normalised and validated. */
const taken = (address: string, decode: (reference: string) => string): boolean =>
  md.validateLink(md.normalizeLink(address.replace(/&([a-z][a-z0-9]{1,31});/gi, (reference) => decode(reference))));

describe('The named character references the bundles decode', () => {
  it('knows every named reference HTML has (the list the comparison runs over)', () => {
    assert.ok(NAMES.length > 2000, `${NAMES.length}`);
    assert.equal(library('&colon;'), ':');
  });

  it('decodes as the library does every reference that gives an ASCII character or white space trim() removes, and leaves every other as written', () => {
    const wrong: string[] = [];
    for (const name of NAMES) {
      const reference = `&${name};`;
      const decoded = library(reference);
      const decides = /[\x00-\x7f]/.test(decoded) || decoded.trim() !== decoded;
      if (ours(reference) !== (decides ? decoded : reference)) wrong.push(name);
    }
    assert.deepEqual(wrong, []);
  });

  it('gives the library\'s answer on whether an address is refused, for every named reference wherever it stands in the scheme', () => {
    const differ: string[] = [];
    for (const name of NAMES) {
      const r = `&${name};`;
      for (const address of [`${r}javascript:alert(1)`, `java${r}script:alert(1)`, `javascript${r}alert(1)`, `${r}file:///etc/passwd`, `data${r}text/html,x`, `data:image/png${r}base64,AAAA`, `vb${r}script:x`, `${r}${r}javascript:x`]) {
        if (taken(address, library) !== taken(address, ours)) differ.push(address);
      }
    }
    assert.deepEqual(differ, []);
    // The comparison can fail: a decoder that left every reference as written would take these.
    assert.equal(taken('javascript&colon;alert(1)', (x) => x), true);
    assert.equal(taken('javascript&colon;alert(1)', ours), false);
    assert.equal(taken('&nbsp;javascript:alert(1)', ours), false);
  });
});
