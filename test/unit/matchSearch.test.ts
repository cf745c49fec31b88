/**
 * The matcher checks the word boundary before a match itself (faster than a lookbehind at every
 * position); it must find exactly what the cue list's expression with the lookbehind finds.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TABLES } from '../../server/src/service/data';
import { all, cueRegExp, first } from '../../server/src/service/match';
import { fold } from '../../server/src/service/text';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');

function cueLists(value: unknown, out: (readonly string[])[] = []): (readonly string[])[] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.push(value);
    else for (const v of value) cueLists(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'stopwords' && k !== 'months') cueLists(v, out);
  }
  return out;
}

/** What the expression with its lookbehind finds, match by match. */
function reference(cues: readonly string[], text: string): [number, string][] {
  const re = cueRegExp(cues);
  re.lastIndex = 0;
  const out: [number, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('The cue matcher, checking word boundaries itself', () => {
  // Lines of the corpus, and the same words glued to letters of other scripts, astral letters and digits.
  // Invented lines for the cues that open with a lookbehind (matched with the rest of the cue tried first, see `guarded`).
  const lookbehinds = [
    'We ship to the United States and to Canada, and your data is stored in the United States by our provider.',
    'Our customers in the USA get the newsletter; information about our offices in India is kept in the US.',
    'Our address: 1 Main St, Springfield, IL 62704-1234, United States. Details of customers to the USA.',
    'Wir liefern auch in die USA, Ihre Daten werden aber in die USA übermittelt, an Kunden in den Vereinigten Staaten.',
    'We leveren ook naar de Verenigde Staten; gegevens van klanten worden opgeslagen in de VS en naar India gestuurd.',
    'Nous livrons nos clients en Suisse ; vos données de clients sont transférées vers les États-Unis et au Canada.',
    'Si tu as moins de 16 ans, nous gardons tes données 3 ans, ou 2 ans pour les personnes âgées de 70 ans.',
    'Pendant quelques années à compter de la fin du contrat, puis 5 ans à compter de la fin du contrat.',
    'Les personnes qui ont accès à vos données, et nos prestataires ont accès à vos données.',
    'Na een verzoek tot inzage, en tot het einde van het contract, of tot u zich afmeldt.',
    'A habit tracking app with e-tracking and tracking systems, and tracking of your visits.',
  ];
  const lines = [...lookbehinds, ...readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fold(readFileSync(path.join(CORPUS, f), 'utf8')).split(/ {2,}|(?<=\.) /))
    .filter((l) => l.trim().length > 1)];
  const tricky = lines.slice(0, 300).flatMap((l) => [
    `x${l}`,
    `\u{1D400}${l.replace(/ /g, ' \u{1D401}')}`,
    l.replace(/ /g, '\u00E9'),
    `9${l.toUpperCase()}`,
    l.replace(/ (\p{L})/gu, ' \uD835$1'),
    // Latin-1 and Latin Extended letters, digits and signs next to the cues ('ª' and 'ǅ' are
    // letters, '²' a digit, '×' neither), and letters of other scripts: Greek, and the Kelvin
    // sign, which only case-insensitive matching takes for a letter ("k").
    l.replace(/ (\p{L})/gu, (_, ch: string, i: number) => ` ${['\u00AA', '\u00B2', '\u00D7', '\u01C5'][i % 4]}${ch}`),
    l.replace(/(\p{L}) /gu, (_, ch: string, i: number) => `${ch}${['\u00AA', '\u00B2', '\u00D7', '\u01C5'][i % 4]} `),
    l.replace(/ /g, (_, i: number) => (i % 2 ? ' \u03B1' : '\u212A ')),
  ]);
  // Line ends, tabs and no-break spaces between the words, as in a text that was not folded: the
  // matcher reads these with the expression for any whitespace, the lines above with the one for
  // plain spaces.
  tricky.push(...lines.slice(0, 100).map((l) => l.replace(/ /g, (_, i: number) => ['\n', ' ', '\t', '\u00A0', '\r\n'.slice(i % 2)][i % 5]!)));

  for (const t of Object.values(TABLES)) {
    it(`finds exactly the matches of every ${t.lang} cue list's expression, word boundaries included`, function () {
      // Every list against thousands of lines, each expression compiled twice: 10-40 s on a loaded machine.
      this.timeout(120_000);
      for (const cues of cueLists(t)) {
        for (const line of [...lines, ...tricky]) {
          const expected = reference(cues, line);
          assert.deepEqual(all(cues, line).map((h) => [h.index, h.text]), expected, `${cues.slice(0, 3).join(' | ')}… on "${line}"`);
          assert.deepEqual(first(cues, line)?.index, expected[0]?.[0]);
        }
      }
    });
  }

  it('starts a search where it is asked to, and still sees the letter before that point', () => {
    const cues = ['data'];
    assert.equal(first(cues, 'metadata and data', 4)?.index, 13);
    assert.equal(first(cues, 'a data', 2)?.index, 2);
  });
});

describe('The folded text', () => {
  it('has no whitespace but the plain space (the Context searches its sentences and titles with the expressions for such text)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\s/.test(ch) && c !== 32) assert.equal(fold(`a${ch}b`), 'a b', `U+${c.toString(16).padStart(4, '0')}`);
    }
  });
});
