/**
 * The hover tables as data: every legal basis and right explained in English and Dutch, the
 * articles the hovers promise, well-formed part keys, and citation patterns that compile and
 * read the references notices write.
 */
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service/analysis';
import { isRuleId } from '../../server/src/service/catalogue';
import { compileCitationSyntax, findCitations } from '../../server/src/service/citations';
import { TABLES } from '../../server/src/service/data/index';
import { HOVERS } from '../../server/src/service/data/hovers/index';
import { HOVER_RIGHTS, type HoverTable } from '../../server/src/service/data/hovers/types';
import type { Basis, Lang } from '../../server/src/service/data/types';
import { cueRegExp } from '../../server/src/service/match';

const BASES: readonly Basis[] = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'];
const POINTS: Record<Basis, string> = { consent: 'a', contract: 'b', 'legal-obligation': 'c', 'vital-interests': 'd', 'public-task': 'e', 'legitimate-interests': 'f' };

/** The articles every hover table summarises (issue 4), and the points it must know. */
const ARTICLES = [4, 5, 6, 7, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 26, 28, 30, 32, 33, 34, 35, 37, 38, 39, 44, 45, 46, 47, 48, 49, 77, 78, 79, 82, 83];
const PARTS: Record<number, readonly string[]> = {
  6: ['1(a)', '1(b)', '1(c)', '1(d)', '1(e)', '1(f)'],
  9: ['2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)', '2(g)', '2(h)', '2(i)', '2(j)'],
  13: ['1', '1(a)', '1(b)', '1(c)', '1(d)', '1(e)', '1(f)', '2', '2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)'],
  14: ['1(a)', '1(b)', '1(c)', '1(d)', '1(e)', '1(f)', '2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)', '2(g)', '3', '5'],
};

/** References notices write, and what they cite: [text, article, paragraph, point, to]. */
const SAMPLES: Partial<Record<Lang, readonly [string, number, number?, string?, number?][]>> = {
  en: [
    ['Art. 6(1)(f) GDPR', 6, 1, 'f'],
    ['Article 13 GDPR', 13],
    ['Article 6 (1) (a) of the GDPR', 6, 1, 'a'],
    ['Art. 6 para. 1 lit. b GDPR', 6, 1, 'b'],
    ['Article 21(2) of the General Data Protection Regulation', 21, 2],
    ['Articles 15 to 22 GDPR', 15, undefined, undefined, 22],
    ['Art. 4(11) GDPR', 4, 11],
  ],
  nl: [
    ['artikel 13 AVG', 13],
    ['art. 21 lid 2 AVG', 21, 2],
    ['art. 6 lid 1 sub f AVG', 6, 1, 'f'],
    ['artikel 6, eerste lid, onder a, AVG', 6, 1, 'a'],
    ['art. 6(1)(b) AVG', 6, 1, 'b'],
    ['artikel 9 lid 2 onder a van de AVG', 9, 2, 'a'],
    ['artikelen 15 tot en met 22 AVG', 15, undefined, undefined, 22],
    ['artikel 17 van de Algemene verordening gegevensbescherming', 17],
  ],
  de: [
    ['Art. 6 Abs. 1 lit. f DSGVO', 6, 1, 'f'],
    ['Artikel 13 DSGVO', 13],
    ['Art. 21 Abs. 2 DSGVO', 21, 2],
    ['Artikel 6 Absatz 1 Buchstabe a DSGVO', 6, 1, 'a'],
    ['Art. 4 Nr. 11 DSGVO', 4, 11],
    ['Art. 15 bis 22 DSGVO', 15, undefined, undefined, 22],
    ['Art. 6 Abs. 1 S. 1 lit. a DSGVO', 6, 1, 'a'],
    ['Art. 6 (1) f DSGVO', 6, 1, 'f'],
  ],
  fr: [
    ['article 6, paragraphe 1, point f), du RGPD', 6, 1, 'f'],
    ['art. 13, § 2, b) du RGPD', 13, 2, 'b'],
    ['article 13 du RGPD', 13],
    ['art. 6.1.a RGPD', 6, 1, 'a'],
    ['article 21, paragraphe 2, du RGPD', 21, 2],
    ['articles 15 à 22 du RGPD', 15, undefined, undefined, 22],
    ['article 4, point 11), du RGPD', 4, 11],
  ],
};

/** Every text of a hover table, with where it is, for checks that apply to all of them. */
function texts(h: HoverTable): [string, string][] {
  const out: [string, string][] = Object.entries(h.labels).map(([k, v]) => [`labels.${k}`, v]);
  for (const b of BASES) {
    const g = h.grounds[b];
    out.push([`grounds.${b}.title`, g.title], [`grounds.${b}.requires`, g.requires]);
    g.consequences.forEach((c, i) => out.push([`grounds.${b}.consequences[${i}]`, c.text]));
  }
  for (const r of HOVER_RIGHTS) {
    const right = h.rights[r];
    out.push([`rights.${r}.title`, right.title], [`rights.${r}.gives`, right.gives], [`rights.${r}.limits`, right.limits], [`rights.${r}.answer`, right.answer]);
  }
  for (const [n, a] of Object.entries(h.articles)) {
    out.push([`articles.${n}.title`, a.title], [`articles.${n}.summary`, a.summary]);
    for (const [k, v] of Object.entries(a.parts ?? {})) out.push([`articles.${n}.parts.${k}`, v]);
  }
  return out;
}

describe('Hover tables', () => {
  // French hover texts are still to be written (issue 8); every other checked language has its table.
  it('has a hover table for every language but French, each in its own language, and none for a language without tables', () => {
    for (const lang of (Object.keys(TABLES) as Lang[]).filter((l) => l !== 'fr')) {
      assert.ok(HOVERS[lang], `no hover table for ${lang}`);
      assert.equal(HOVERS[lang]!.lang, lang);
    }
    for (const lang of Object.keys(HOVERS)) assert.ok(lang in TABLES, `a hover table for ${lang}, which has no language table`);
  });

  it('gives English and Dutch the same articles and the same parts of each', () => {
    const en = HOVERS.en!;
    const nl = HOVERS.nl!;
    assert.deepEqual(Object.keys(nl.articles), Object.keys(en.articles));
    for (const n of Object.keys(en.articles)) {
      assert.deepEqual(Object.keys(nl.articles[Number(n)]!.parts ?? {}), Object.keys(en.articles[Number(n)]!.parts ?? {}), `parts of Art. ${n}`);
    }
  });

  for (const lang of Object.keys(HOVERS) as Lang[]) {
    const h = HOVERS[lang]!;
    describe(`the ${lang} hover table`, () => {
      it('explains every ground of Art. 6(1) at its own point, with checklist items that exist', () => {
        for (const b of BASES) {
          const g = h.grounds[b];
          assert.deepEqual(g.provision, { article: 6, paragraph: 1, point: POINTS[b] }, b);
          for (const c of g.consequences) assert.ok(isRuleId(c.rule), `${b}: ${c.rule}`);
        }
        assert.deepEqual(h.grounds.consent.consequences.map((c) => c.rule), ['right-withdraw-consent']);
        assert.deepEqual(h.grounds['legitimate-interests'].consequences.map((c) => c.rule), ['legitimate-interests', 'right-object']);
      });

      it('explains every right, each tied to its checklist item and article', () => {
        const expected: Record<string, [string, number]> = {
          access: ['right-access', 15], rectification: ['right-rectification', 16], erasure: ['right-erasure', 17], restriction: ['right-restriction', 18],
          object: ['right-object', 21], portability: ['right-portability', 20], 'withdraw-consent': ['right-withdraw-consent', 7], complaint: ['right-complaint', 77],
        };
        for (const r of HOVER_RIGHTS) assert.deepEqual([h.rights[r].rule, h.rights[r].provision.article], expected[r], r);
      });

      it('summarises every promised article, with its title and its listed points', () => {
        for (const n of ARTICLES) assert.ok(h.articles[n], `Art. ${n} has no summary`);
        for (const [n, parts] of Object.entries(PARTS)) {
          for (const p of parts) assert.ok(h.articles[Number(n)]!.parts?.[p], `Art. ${n}(${p}) has no text`);
        }
      });

      it('keys parts as paragraph or paragraph(point)', () => {
        for (const [n, a] of Object.entries(h.articles)) {
          for (const k of Object.keys(a.parts ?? {})) assert.match(k, /^\d{1,2}(\([a-j]\))?$/, `Art. ${n} part ${k}`);
        }
      });

      it('has no empty text, and no placeholder but {law} and the labels’ own', () => {
        const allowed: Record<string, readonly string[]> = {
          'labels.onEurLex': ['{cite}', '{law}'], 'labels.line': ['{line}'], 'labels.section': ['{title}'], 'labels.underSection': ['{title}'], 'labels.namedInSubheading': ['{title}'], 'labels.articleRange': ['{from}', '{to}', '{law}'],
          'labels.quote': ['{text}'], 'labels.definition': ['{n}'],
        };
        for (const [where, text] of texts(h)) {
          assert.ok(text.trim().length > 0, `${where} is empty`);
          for (const p of text.match(/\{\w+\}/g) ?? []) assert.ok((allowed[where] ?? ['{law}']).includes(p), `${where} has ${p}`);
        }
      });

      it('compiles its extra cues and its citation patterns, each with an article group', () => {
        for (const cues of [h.basisTerms, ...Object.values(h.groundTerms), ...Object.values(h.rightTerms)]) cueRegExp(cues ?? []);
        compileCitationSyntax(h.citation);
        for (const p of h.citation.patterns) assert.match(p, /\(\?<article>/);
        for (const [word, n] of Object.entries(h.citation.ordinals)) assert.ok(Number.isInteger(n) && n > 0, word);
      });

      it('reads the references notices write, whole', () => {
        const lead: Readonly<Record<string, string>> = { en: 'This notice refers to', nl: 'Deze verklaring verwijst naar', de: 'Diese Erklärung verweist auf', fr: 'Cette politique renvoie à' };
        const samples = SAMPLES[lang];
        assert.ok(samples, `no sample references for ${lang}`);
        for (const [sample, article, paragraph, point, to] of samples) {
          const text = `${lead[lang] ?? ''} ${sample}.`;
          const analysis = analyzeDocument(text, { language: lang, format: 'plaintext' });
          const found = findCitations(analysis, h);
          assert.equal(found.length, 1, `${sample}: ${JSON.stringify(found)}`);
          const c = found[0]!;
          assert.equal(text.slice(c.start, c.end), sample);
          assert.deepEqual([c.article, c.paragraph, c.point, c.to], [article, paragraph, point, to], sample);
        }
      });
    });
  }
});
