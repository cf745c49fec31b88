/**
 * What the CLI refuses as binary (cli/files.ts, decode): a NUL byte, or more than one byte in ten a
 * control character other than those of real text, in the first 64 KB.
 */
import * as assert from 'node:assert/strict';
import { decode } from '../../server/src/cli/files';

const text = (n: number, fill = 'a'): number[] => Array.from({ length: n }, () => fill.charCodeAt(0));
const kind = (bytes: number[]): string => decode(Uint8Array.from(bytes)).kind;

describe('The CLI telling text from binary data', () => {
  it('refuses a NUL byte in the first 64 KB, and only there', () => {
    assert.equal(kind([...text(100), 0, ...text(100)]), 'unreadable');
    assert.equal(kind([...text(64 * 1024 - 1), 0]), 'unreadable');
    assert.equal(kind([...text(64 * 1024), 0]), 'text');
  });

  it('refuses more than one control character in ten, counting neither tab, line ends, form feed nor escape', () => {
    assert.equal(kind([...text(90), ...Array<number>(10).fill(0x01)]), 'text');
    assert.equal(kind([...text(89), ...Array<number>(11).fill(0x7f)]), 'unreadable');
    assert.equal(kind([...text(89), ...Array<number>(11).fill(0x1f)]), 'unreadable');
    for (const b of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]) assert.equal(kind([...text(50), ...Array<number>(50).fill(b)]), 'text', `byte ${b}`);
    // Counted over the first 64 KB only.
    assert.equal(kind([...text(64 * 1024), ...Array<number>(64 * 1024).fill(0x01)]), 'text');
  });

  it('reads a part of a larger buffer as its own bytes', () => {
    const buffer = Uint8Array.from([0, 0, 0, ...text(20)]);
    assert.equal(decode(buffer.subarray(3)).kind, 'text');
    assert.equal(decode(buffer.subarray(2)).kind, 'unreadable');
  });

  it('reads an empty file as text', () => {
    assert.equal(kind([]), 'text');
  });
});
