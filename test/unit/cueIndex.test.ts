/**
 * The cue prefilter: it may only rule out sentences that a cue list cannot match, so findings
 * are the same as when every sentence is given to every list's expression.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CueIndex, cueIndex } from '../../server/src/service/cueIndex';
import { TABLES } from '../../server/src/service/data';
import type { LanguageTable } from '../../server/src/service/data/types';
import { buildModel } from '../../server/src/service/document';
import { all, cuesOf, has, listSplit, one } from '../../server/src/service/match';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
const EXAMPLES = path.resolve(__dirname, '../../examples');

/** Every cue list of a table, named by where it sits. */
function listsOf(value: unknown, where: string, out: [string, readonly string[]][] = []): [string, readonly string[]][] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.push([where, value]);
    else value.forEach((v, i) => listsOf(v, `${where}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'stopwords' && k !== 'months') listsOf(v, `${where}.${k}`, out);
  }
  return out;
}

function allLists(t: LanguageTable): [string, readonly string[]][] {
  const lists = listsOf(t, t.lang);
  lists.push([`${t.lang}.outdated (all)`, cuesOf(t.outdated)]);
  for (const o of t.outdated) {
    lists.push([`${t.lang}.outdated ${o.cue}`, one(o.cue)]);
    if (o.current) lists.push([`${t.lang}.outdated current ${o.current}`, one(o.current)]);
  }
  return lists;
}

/** The texts to check with: the corpus and the examples, as written, in capitals, and with doubled spaces. */
function texts(): { name: string; text: string; format: 'markdown' | 'plaintext' }[] {
  const files = [
    ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, f)),
    ...readdirSync(EXAMPLES).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').map((f) => path.join(EXAMPLES, f)),
  ];
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const format = file.endsWith('.md') ? 'markdown' : 'plaintext';
    const name = path.basename(file);
    return [
      { name, text, format },
      { name: `${name} in capitals`, text: text.toUpperCase(), format },
      { name: `${name} with doubled spaces`, text: text.replace(/ /g, '  '), format },
    ] as const;
  });
}

function scan(index: CueIndex, text: string, format: 'markdown' | 'plaintext') {
  const model = buildModel(text, format);
  const hits = index.scan(model.folded, Int32Array.from(model.sentences.map((s) => s.start)), Int32Array.from(model.sentences.map((s) => s.end)));
  return { model, hits };
}

describe('The cue prefilter', () => {
  for (const t of Object.values(TABLES)) {
    it(`never rules out a sentence that a ${t.lang} cue list matches, in the corpus and the examples`, () => {
      const index = cueIndex(t);
      const lists = allLists(t);
      let ruledOut = 0;
      for (const { name, text, format } of texts()) {
        const { model, hits } = scan(index, text, format);
        model.sentences.forEach((s, i) => {
          for (const [where, list] of lists) {
            const may = hits.may(list, i);
            if (!may) ruledOut++;
            if (!may && has(list, s.text)) assert.fail(`${where} matches "${s.text}" (${name}), but the prefilter ruled it out`);
          }
        });
      }
      // The prefilter must also do its work: most (list, sentence) pairs are ruled out.
      assert.ok(ruledOut > 0, 'nothing was ruled out');
    });

    it(`filters every ${t.lang} cue list (a list left unfiltered is read in full for every sentence)`, () => {
      const index = cueIndex(t);
      const unfiltered = allLists(t).filter(([, list]) => !index.filters(list)).map(([where]) => where);
      // None is: one cue without a literal (a '\x20' the parser once did not read) switched off the
      // filter for its whole list and slowed every analysis unnoticed while two were allowed.
      assert.deepEqual(unfiltered, []);
    });
  }

  it('finds with a mixed list\'s literal cues alone what the whole list finds, where the prefilter rules the rest out', () => {
    const invented = [
      'Wij zijn Bakkerij Jansen B.V., gevestigd te Zwolle. Lid van de Vogelvereniging Zwolle? Stuur een brief naar Dorpsstraat 12, 8011 AB Zwolle.',
      'De administratiekantoren en onze boekhouder ontvangen uw gegevens. Wij bewaren ze 7 jaar, of 30 dagen na opzegging.',
      "Write to 12 High Street, London SW1A 1AA. We don't sell data, and we keep it for 30 days. We can't say more.",
    ].join('\n\n');
    let ruledOut = 0;
    for (const t of Object.values(TABLES)) {
      const index = cueIndex(t);
      const mixed = allLists(t).filter(([, list]) => listSplit(list));
      for (const { text, format } of [...texts(), { text: invented, format: 'plaintext' as const }]) {
        const { model, hits } = scan(index, text, format);
        model.sentences.forEach((s, i) => {
          for (const [where, list] of mixed) {
            const split = listSplit(list)!;
            if (hits.may(split.rest, i)) continue;
            ruledOut++;
            assert.deepEqual(all(split.literal, s.text), all(list, s.text), `${where} in "${s.text}"`);
          }
        });
      }
    }
    assert.ok(ruledOut > 0);
  });

  it('finds a short cue only as a word of its own ("no" is not in "know")', () => {
    const list = ['no'];
    const index = new CueIndex([list]);
    const { hits } = scan(index, 'We know your data.\n\nThere is no sale.', 'plaintext');
    assert.equal(hits.may(list, 0), false);
    assert.equal(hits.may(list, 1), true);
  });

  it('needs every part of a cue ("right to object" is ruled out by a sentence with "right" alone)', () => {
    const list = ['right to object'];
    const index = new CueIndex([list]);
    const { hits } = scan(index, 'You have the right to access.\n\nYou have the RIGHT  TO OBJECT.', 'plaintext');
    assert.equal(hits.may(list, 0), false);
    assert.equal(hits.may(list, 1), true);
  });

  it('needs a whole word after an optional group that ends in a space ("within (the )?(EU|UK)" is ruled out by "within the milieu")', () => {
    const list = ['within (the )?(EU|UK)', 'kept (\\w+ ){0,3}in (the )?UK'];
    const index = new CueIndex([list]);
    const text = 'Stored within the milieu.\n\nStored within the EU.\n\nStored within UK.\n\nKept for years in the UK.\n\nKept in Dubuk.';
    const { model, hits } = scan(index, text, 'plaintext');
    assert.deepEqual(model.sentences.map((_, i) => hits.may(list, i)), [false, true, true, true, false]);
    assert.deepEqual(model.sentences.map((s) => has(list, s.text)), [false, true, true, true, false], 'the matcher agrees');
  });

  it('needs more than one word of an alternative when there are too many to multiply out ("Privacy Shield|bouclier de protection des données" is ruled out by "protection des données" alone)', () => {
    const list = ['(EU-US )?Privacy Shield|bouclier de protection des données'];
    const index = new CueIndex([list]);
    const text = 'La protection des données.\n\nLe bouclier de protection des données.\n\nThe Privacy Shield.\n\nEU-US Privacy Shield.';
    const { model, hits } = scan(index, text, 'plaintext');
    assert.deepEqual(model.sentences.map((_, i) => hits.may(list, i)), [false, true, true, true]);
    assert.deepEqual(model.sentences.map((s) => has(list, s.text)), [false, true, true, true], 'the matcher agrees');
  });

  it('folds case as the matcher does (the long s and the Kelvin sign)', () => {
    const list = ['kiss'];
    const index = new CueIndex([list]);
    const { model, hits } = scan(index, 'A \u212Ai\u017Fs.', 'plaintext');
    assert.ok(has(list, model.sentences[0]!.text), 'the matcher itself matches');
    assert.equal(hits.may(list, 0), true);
  });

  it('filters a list whose cue holds an escaped character ("nach\\x20" in a lookbehind), and still finds its sentences', () => {
    const list = ['(?<!nach\\x20)Abschluss eines Vertrags', 'Vertrag\\x2dspartner'];
    const index = new CueIndex([list]);
    assert.equal(index.filters(list), true);
    const { model, hits } = scan(index, 'Zum Abschluss eines Vertrags.\n\nNach dem Ende.\n\nDer Vertrag-spartner.', 'plaintext');
    assert.deepEqual(model.sentences.map((_, i) => hits.may(list, i)), [true, false, true]);
    assert.ok(has(list, model.sentences[0]!.text) && has(list, model.sentences[2]!.text), 'the matcher matches the sentences left');
  });

  it('leaves a list unfiltered when one of its cues needs no literal, so every sentence may match it', () => {
    const list = ['right to object', '\\w+'];
    const index = new CueIndex([list]);
    assert.equal(index.filters(list), false);
    const { hits } = scan(index, 'Nothing here.', 'plaintext');
    assert.equal(hits.may(list, 0), true);
  });
});
