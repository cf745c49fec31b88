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

describe('The CLI reading a file that is not UTF-8', () => {
  // The bytes Windows-1252 gives the characters it has above U+00FF (Microsoft's and WHATWG's table).
  const high = new Map([['€', 0x80], ['„', 0x84], ['…', 0x85], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95], ['–', 0x96], ['—', 0x97], ['Œ', 0x8c], ['œ', 0x9c], ['Ÿ', 0x9f]]);
  const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((ch) => high.get(ch) ?? ch.charCodeAt(0)));
  const read = (bytes: Uint8Array): { text: string; warning?: string } => {
    const r = decode(bytes);
    assert.equal(r.kind, 'text');
    return r as { text: string; warning?: string };
  };

  it('reads a notice saved in Windows-1252 ("ANSI") with its accented letters, and says so', () => {
    for (const s of [
      'Sie haben das Recht, der Verarbeitung Ihrer Daten zu widersprechen und sich bei der zuständigen Aufsichtsbehörde zu beschweren.',
      'Vous pouvez retirer votre consentement à tout moment ; vos données sont conservées trois ans, puis supprimées.',
      'U kunt uw gegevens laten corrigeren of verwijderen; wij bewaren ze niet langer dan nodig – meestal één jaar.',
      'We’ll keep your details for 12 months; the fee is €10.',
      '„Daten“ – „Œuvre“ — • “quoted” ‘single’ … Ÿ œ',
    ]) {
      const r = read(cp1252(s));
      assert.equal(r.text, s);
      assert.match(r.warning ?? '', /^not UTF-8; read as Windows-1252/);
    }
  });

  it('reads UTF-8 with a damaged byte as UTF-8, keeping its other accented letters', () => {
    const bytes = Buffer.concat([Buffer.from('Ihre Daten werden gelöscht, sobald der Zweck entfällt; Beschwerden an die Aufsichtsbehörde'), Buffer.from([0xff]), Buffer.from(' über uns.')]);
    const r = read(bytes);
    assert.equal(r.text, 'Ihre Daten werden gelöscht, sobald der Zweck entfällt; Beschwerden an die Aufsichtsbehörde\uFFFD über uns.');
    assert.match(r.warning ?? '', /^not valid UTF-8; bytes that could not be decoded were replaced/);
  });

  it('reads valid UTF-8 without a warning', () => {
    const r = read(Buffer.from('Vos données à caractère personnel — «\u00a0données\u00a0» — sont protégées.'));
    assert.equal(r.warning, undefined);
  });
});
