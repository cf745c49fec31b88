/**
 * Where every "Insert a clause" quick fix and "Add all missing GDPR sections" put their text, for
 * every clause, in English, Dutch, German and French, in Markdown and plain text: on the five
 * corpus notices and on small notices of every heading shape (numbered and unnumbered, ATX and
 * setext, "1)", "§ 1" and "Article 1 –", headings right over their text, CRLF, no final line break, only a
 * title). After each edit the notice is analysed again:
 * the item is no longer missing, every other finding is as it was (or present, where the clause
 * states that item too: see ALSO_STATES; in a notice that is only a title, or a long corpus notice,
 * the checks read a drafted clause's words generously and may count one more item as present, so
 * there only "nothing gets worse" is asserted), the edit only inserted text (at a line's end or start), and the outline shows the new section at its siblings' level with a
 * number none of them has, or the clause inside the section the finding was on, as a paragraph
 * (or, for a right in a rights list, as an item of that list).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CodeActionKind, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type Analysis } from '../../server/src/service/analysis';
import { CATALOGUE, type RuleId } from '../../server/src/service/catalogue';
import { draftClause } from '../../server/src/service/clauses';
import { MISSING_IDS } from '../../server/src/service/data/clauses';
import { noticeFacts } from '../../server/src/service/facts';
import type { Lang } from '../../server/src/service/data/types';
import { ADD_MISSING_KIND, createPolicyService, DEFAULT_SETTINGS, type Settings } from '../../server/src/service/index';
import { parseHeadingNumber } from '../../server/src/service/codeActions/numbering';
import { doc } from './actionHelpers';

type Format = 'markdown' | 'plaintext';

/** A small notice's words per language: title, four sections, and sentences that make the conditional items required. */
interface Words {
  readonly title: string;
  readonly sections: readonly { readonly heading: string; readonly body: readonly string[]; readonly list?: readonly string[] }[];
}

const WORDS: Readonly<Record<Lang, Words>> = {
  en: {
    title: 'Privacy notice',
    sections: [
      { heading: 'Who we are', body: ['Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data. You can e-mail us at privacy@northwind.example.'] },
      {
        heading: 'What we use your data for',
        body: [
          'We use your name and address to deliver your orders. We send you our newsletter on the basis of your consent. We also rely on our legitimate interests.',
          'Our hosting provider stores your personal data in the United States. We have appointed a data protection officer. We also obtain personal data about you from third parties. We use Google Analytics to measure visits to our website.',
        ],
      },
      { heading: 'Your rights', body: ['You have the following rights:'], list: ['the right of access;', 'the right to rectification;', 'the right to erasure.'] },
      { heading: 'Contact', body: ['Questions? E-mail privacy@northwind.example.'] },
    ],
  },
  nl: {
    title: 'Privacyverklaring',
    sections: [
      { heading: 'Wie wij zijn', body: ['Boekhandel Noordwind B.V., Molenstraat 14, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U kunt ons mailen via privacy@noordwind.example.'] },
      {
        heading: 'Waarvoor wij uw gegevens gebruiken',
        body: [
          'Wij gebruiken uw naam en adres om uw bestelling te leveren. Wij sturen u onze nieuwsbrief op basis van uw toestemming. Daarnaast verwerken wij gegevens op grond van ons gerechtvaardigd belang.',
          'Onze hostingpartij slaat uw persoonsgegevens op in de Verenigde Staten. Wij hebben een functionaris voor gegevensbescherming aangesteld. Wij ontvangen ook persoonsgegevens over u van derden. Wij gebruiken Google Analytics om het bezoek aan onze website te meten.',
        ],
      },
      { heading: 'Uw rechten', body: ['U heeft de volgende rechten:'], list: ['recht op inzage;', 'recht op rectificatie;', 'recht op gegevenswissing.'] },
      { heading: 'Contact', body: ['Vragen kunt u mailen naar privacy@noordwind.example.'] },
    ],
  },
  de: {
    title: 'Datenschutzerklärung',
    sections: [
      { heading: 'Wer wir sind', body: ['Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die Nordwind Bücher GmbH, Mühlenweg 14, 10115 Berlin. Sie erreichen uns unter datenschutz@nordwind.example.'] },
      {
        heading: 'Wofür wir Ihre Daten verwenden',
        body: [
          'Wir verwenden Ihren Namen und Ihre Anschrift, um Ihre Bestellung zu liefern. Unseren Newsletter senden wir Ihnen auf Grundlage Ihrer Einwilligung. Außerdem verarbeiten wir Daten auf Grundlage unserer berechtigten Interessen.',
          'Unser Hosting-Anbieter speichert Ihre personenbezogenen Daten in den USA. Wir haben einen Datenschutzbeauftragten benannt. Personenbezogene Daten über Sie erhalten wir auch von Dritten. Wir verwenden Google Analytics, um die Besuche auf unserer Website zu messen.',
        ],
      },
      { heading: 'Ihre Rechte', body: ['Sie haben folgende Rechte:'], list: ['Recht auf Auskunft;', 'Recht auf Berichtigung;', 'Recht auf Löschung.'] },
      { heading: 'Kontakt', body: ['Fragen senden Sie bitte an datenschutz@nordwind.example.'] },
    ],
  },
  fr: {
    title: 'Politique de confidentialité',
    sections: [
      { heading: 'Qui sommes-nous', body: ['Librairie Vent du Nord SAS, 14 rue du Moulin, 75011 Paris, est responsable du traitement de vos données personnelles. Vous pouvez nous écrire à privacy@ventdunord.example.'] },
      {
        heading: 'À quoi servent vos données',
        body: [
          'Nous utilisons votre nom et votre adresse pour livrer vos commandes. Nous vous envoyons notre lettre d\'information sur la base de votre consentement. Nous traitons également des données sur le fondement de nos intérêts légitimes.',
          'Notre hébergeur conserve vos données personnelles aux États-Unis. Nous avons désigné un délégué à la protection des données. Nous recevons également des données personnelles vous concernant de la part de tiers. Nous utilisons Google Analytics pour mesurer la fréquentation de notre site.',
        ],
      },
      { heading: 'Vos droits', body: ['Vous disposez des droits suivants :'], list: ['droit d\'accès ;', 'droit de rectification ;', 'droit à l\'effacement.'] },
      { heading: 'Contact', body: ['Pour toute question, écrivez à privacy@ventdunord.example.'] },
    ],
  },
};

/** How a small notice writes its headings and line ends. */
interface Shape {
  readonly name: string;
  readonly numbered: boolean;
  /** Markdown: underlined (setext) headings instead of `#`. */
  readonly setext?: boolean;
  readonly crlf?: boolean;
  /** The last line has no line break. */
  readonly noFinalBreak?: boolean;
  /** Only the title line. */
  readonly titleOnly?: boolean;
  /** How a numbered heading writes its number (default "1. "). */
  readonly number?: (n: number) => string;
  /** Each heading stands right over its first line of text, without an empty line between. */
  readonly tight?: boolean;
}

const SHAPES: readonly Shape[] = [
  { name: 'numbered headings', numbered: true },
  { name: 'unnumbered setext headings', numbered: false, setext: true },
  { name: 'numbered headings and CRLF line ends', numbered: true, crlf: true },
  { name: 'unnumbered headings and no final line break', numbered: false, noFinalBreak: true },
  { name: 'only a title', numbered: false, titleOnly: true },
  { name: '"1)" headings right over their text', numbered: true, number: (n) => `${n}) `, tight: true },
  { name: '"§ 1" headings right over their text', numbered: true, number: (n) => `§ ${n} `, tight: true },
  { name: '"Article 1 –" headings', numbered: true, number: (n) => `Article ${n} – ` },
];

function notice(lang: Lang, format: Format, shape: Shape): string {
  const w = WORDS[lang];
  const md = format === 'markdown';
  const heading = (text: string, level: 1 | 2): string =>
    !md ? text : shape.setext ? `${text}\n${(level === 1 ? '=' : '-').repeat(text.length)}` : `${'#'.repeat(level)} ${text}`;
  const blocks = [heading(w.title, 1)];
  if (!shape.titleOnly) {
    w.sections.forEach((s, i) => {
      const title = heading(shape.numbered ? `${shape.number?.(i + 1) ?? `${i + 1}. `}${s.heading}` : s.heading, 2);
      if (shape.tight) blocks.push(`${title}\n${s.body[0]}`, ...s.body.slice(1));
      else blocks.push(title, ...s.body);
      if (s.list) blocks.push(s.list.map((item) => `${md ? '-' : '  •'} ${item}`).join('\n'));
    });
  }
  const text = blocks.join('\n\n') + (shape.noFinalBreak ? '' : '\n');
  return shape.crlf ? text.replace(/\n/g, '\r\n') : text;
}

const service = createPolicyService();

/**
 * What the analysis says of each check: a completeness item is missing (the hint that no DPO is
 * mentioned aside: that asks nothing), present or not applicable; a quality check counts its problems.
 */
function states(a: Analysis): Map<RuleId, string> {
  const out = new Map<RuleId, string>();
  for (const id of [...new Set(a.findings.map((f) => f.id))].sort()) {
    const fs = a.findings.filter((f) => f.id === id && !f.suppressed);
    if (CATALOGUE[id].kind === 'quality') out.set(id, `${fs.filter((f) => f.status === 'problem').length} problems`);
    else out.set(id, fs.some((f) => f.status === 'missing' && !f.hintOnly) ? 'missing' : fs.some((f) => f.status === 'present') ? 'present' : 'not-applicable');
  }
  return out;
}

const missingIds = (a: Analysis): RuleId[] => a.findings.filter((f) => f.status === 'missing' && !f.hintOnly && !f.suppressed).map((f) => f.id);

/** The number a numbered section title starts with ("12" of "12. Contact"), if any. */
const numberOf = (title: string): string | undefined => {
  const n = parseHeadingNumber(title);
  return n && n.kind === 'arabic' ? n.parts.join('.') : undefined;
};

/** The main sections' level (the title aside) and whether they are numbered. */
function mainSections(a: Analysis): { level: number | undefined; numbered: boolean } {
  const s = a.model.sections;
  const rest = s.length > 1 && s[0]!.level < Math.min(...s.slice(1).map((x) => x.level)) ? s.slice(1) : s;
  if (!rest.length || (rest === s && s.length === 1)) return { level: undefined, numbered: false };
  const level = Math.min(...rest.map((x) => x.level));
  const siblings = rest.filter((x) => x.level === level);
  return { level, numbered: siblings.filter((x) => numberOf(x.title)).length >= 2 };
}

/** Checks what an edit did to the text: only insertions, each at a line's end or start, no trailing spaces, no double blank lines of its own. */
function assertInsertions(text: string, edits: readonly TextEdit[], document: TextDocument, where: string): void {
  for (const e of edits) {
    assert.deepEqual(e.range.start, e.range.end, `${where}: the edit replaces text`);
    const at = document.offsetAt(e.range.start);
    const atLineEnd = at === text.length || text[at] === '\n' || text[at] === '\r';
    const atLineStart = at === 0 || text[at - 1] === '\n';
    assert.ok(atLineEnd || atLineStart, `${where}: inserted in the middle of a line at ${at}`);
    assert.doesNotMatch(e.newText, /[ \t]\r?$/m, `${where}: trailing spaces in ${JSON.stringify(e.newText)}`);
    assert.doesNotMatch(e.newText, /(\r?\n){3}/, `${where}: more than one blank line in ${JSON.stringify(e.newText)}`);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    if (eol === '\r\n') assert.doesNotMatch(e.newText, /(^|[^\r])\n/, `${where}: an LF line end in a CRLF notice`);
    else assert.doesNotMatch(e.newText, /\r/, `${where}: a CR in an LF notice`);
  }
}

/**
 * Items a clause states besides its own, so that inserting it rightly makes them present: the
 * cookie clause says that consent can be withdrawn, the legitimate-interests clause names the
 * right to object (Art. 21(4)).
 */
const ALSO_STATES: Readonly<Partial<Record<RuleId, readonly RuleId[]>>> = {
  cookies: ['right-withdraw-consent'],
  'legitimate-interests': ['right-object'],
};

/** The settings of a user who set the notice's language (a notice that is only a title is too short to tell). */
const settingsFor = (language: Lang): Settings => ({ ...DEFAULT_SETTINGS, language });

/** Applies the preferred quick fix for `id` and checks everything the file's comment promises; `strict`: other findings may change only as ALSO_STATES says. */
function checkFix(text: string, lang: Lang, format: Format, id: RuleId, where: string, strict: boolean): void {
  const document = doc(text, format);
  const before = analyzeDocument(text, { language: lang, format });
  const finding = before.findings.find((f) => f.id === id && f.status === 'missing' && !f.hintOnly)!;
  const d = service.getDiagnostics(document, settingsFor(lang), { force: true }).find((x) => x.code === id);
  assert.ok(d, `${where}: a diagnostic for ${id}`);
  const fix = service.getCodeActions(document, settingsFor(lang), d.range, { diagnostics: [d] }, { force: true }).find((a) => a.isPreferred && a.kind === CodeActionKind.QuickFix);
  assert.ok(fix, `${where}: a preferred fix for ${id}`);
  const edits = fix.edit!.changes![document.uri]!;
  assertInsertions(text, edits, document, `${where} ${id}`);
  const result = applyEdits(document, edits);
  const after = analyzeDocument(result, { language: lang, format });
  const shown = `${where}, after inserting ${id}:\n${result}`;
  assert.ok(!missingIds(after).includes(id), `${id} is still missing. ${shown}`);
  const was = states(before);
  for (const [other, state] of states(after)) {
    if (other === id || was.get(other) === state) continue;
    // A clause that states a second item makes that one present too; nothing may get worse.
    assert.equal(state, 'present', `${other} went from ${was.get(other)} to ${state}. ${shown}`);
    if (strict) assert.ok(ALSO_STATES[id]?.includes(other), `${other} went from ${was.get(other)} to present, though the clause for ${id} does not state it. ${shown}`);
  }
  assert.deepEqual([...states(after).keys()], [...was.keys()], `findings came or went. ${shown}`);
  const entry = draftClause(lang, id, noticeFacts(before))?.entry === true;
  const starts = edits.map((e) => document.offsetAt(e.range.start) + /^(\r?\n)*/.exec(e.newText)![0].length);
  assertOutline(before, after, starts, entry, finding.section ?? -1, shown);
}

function applyEdits(document: TextDocument, edits: readonly TextEdit[]): string {
  const text = document.getText();
  const sorted = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) {
    const at = document.offsetAt(e.range.start);
    out = out.slice(0, at) + e.newText + out.slice(at);
  }
  return out;
}

/**
 * The outline after the edit: either the sections are the same and the clause went into the
 * finding's section as a paragraph or a list item (never into a heading, table or code), or the
 * new sections stand at the main sections' level, numbered after their siblings when those are
 * numbered, with no number twice.
 */
function assertOutline(before: Analysis, after: Analysis, starts: readonly number[], entry: boolean, section: number, shown: string): void {
  const old = before.model.sections;
  const now = after.model.sections;
  const main = mainSections(before);
  if (now.length === old.length) {
    assert.ok(section >= 0, `the clause went into a section, though the finding was on none. ${shown}`);
    assert.deepEqual(now.map((s) => s.title), old.map((s) => s.title), `the headings changed. ${shown}`);
    for (const at of starts) {
      const block = after.model.blocks.find((b) => b.start === at);
      assert.ok(block, `the clause does not start a block of its own. ${shown}`);
      // A right may join a rights list; any other clause is a paragraph of its own.
      if (entry) assert.ok(block.kind === 'paragraph' || block.kind === 'list', `the clause is a ${block.kind}. ${shown}`);
      else assert.equal(block.kind, 'paragraph', `the clause is a ${block.kind}. ${shown}`);
      assert.equal(after.model.sectionAt(block.start), section, `the clause is not in the section the finding was on. ${shown}`);
    }
    return;
  }
  const added = now.filter((s) => !old.some((o) => o.title === s.title));
  assert.ok(added.length >= 1, `no new section. ${shown}`);
  for (const s of added) {
    if (main.level !== undefined) assert.equal(s.level, main.level, `"${s.title}" at level ${s.level}, not its siblings' ${main.level}. ${shown}`);
    else if (old[0]) assert.ok(s.level > old[0].level, `"${s.title}" is not below the title. ${shown}`);
  }
  if (main.numbered) {
    const siblings = now.filter((s) => s.level === main.level);
    const numbers = siblings.map((s) => numberOf(s.title)).filter((n): n is string => n !== undefined);
    for (const s of added) assert.ok(numberOf(s.title), `"${s.title}" is not numbered like its siblings. ${shown}`);
    assert.equal(new Set(numbers).size, numbers.length, `two sections share a number: ${numbers.join(', ')}. ${shown}`);
  }
}

/** Applies "Add all missing GDPR sections" and checks the same of it. */
function checkAddAll(text: string, lang: Lang, format: Format, where: string): void {
  const document = doc(text, format);
  const before = analyzeDocument(text, { language: lang, format });
  const wholeDocument = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const [action] = service.getCodeActions(document, settingsFor(lang), wholeDocument, { diagnostics: [], only: [ADD_MISSING_KIND] }, { force: true });
  assert.ok(action, `${where}: "Add all missing GDPR sections" is offered`);
  const edits = action.edit!.changes![document.uri]!;
  assertInsertions(text, edits, document, where);
  const result = applyEdits(document, edits);
  const after = analyzeDocument(result, { language: lang, format });
  const shown = `${where}, after adding all:\n${result}`;
  assert.deepEqual(missingIds(after), [], `items still missing. ${shown}`);
  const main = mainSections(before);
  if (main.numbered) {
    const numbers = after.model.sections.filter((s) => s.level === main.level).map((s) => numberOf(s.title)).filter((n) => n !== undefined);
    assert.equal(new Set(numbers).size, numbers.length, `two sections share a number: ${numbers.join(', ')}. ${shown}`);
  }
  const headings = new Set(before.model.sections.map((s) => s.title));
  for (const s of after.model.sections.filter((x) => !headings.has(x.title))) {
    if (main.level !== undefined) assert.equal(s.level, main.level, `"${s.title}" at level ${s.level}. ${shown}`);
  }
}

const LANGS: readonly Lang[] = ['en', 'nl', 'de', 'fr'];
const FORMATS: readonly Format[] = ['markdown', 'plaintext'];

describe('Where quick fixes insert clauses', function () {
  this.timeout(60_000);

  for (const lang of LANGS) {
    for (const format of FORMATS) {
      for (const shape of SHAPES) {
        const text = notice(lang, format, shape);
        const where = `${lang} ${format} notice with ${shape.name}`;
        it(`every clause lands in place in a ${where}, and adding all gives the same placement`, function () {
          if (!shape.titleOnly) assert.equal(analyzeDocument(text, { language: 'auto', format }).language, lang, `the fixture is read as ${lang}:\n${text}`);
          const a = analyzeDocument(text, { language: lang, format });
          assert.equal(a.model.sections.length, shape.titleOnly ? 1 : 1 + WORDS[lang].sections.length, `every heading is read as one:\n${text}`);
          const ids = missingIds(a);
          assert.ok(ids.length >= 3, `${where} lacks items: ${ids.join(', ')}`);
          for (const id of ids) checkFix(text, lang, format, id, where, !shape.titleOnly);
          checkAddAll(text, lang, format, where);
        });
      }
    }

    it(`the small ${lang} notices together test the clause of every item a notice can lack`, function () {
      const tested = new Set<RuleId>();
      for (const format of FORMATS) for (const shape of SHAPES) for (const id of missingIds(analyzeDocument(notice(lang, format, shape), { language: lang, format }))) tested.add(id);
      assert.deepEqual(MISSING_IDS.filter((id) => !tested.has(id)), []);
    });
  }

  const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
    it(`every clause lands in place in the corpus notice ${file}, and adding all gives the same placement`, function () {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const lang = file.slice(0, 2) as Lang;
      const ids = missingIds(analyzeDocument(text, { language: lang, format: 'plaintext' }));
      assert.ok(ids.length > 0);
      for (const id of ids) checkFix(text, lang, 'plaintext', id, file, false);
      checkAddAll(text, lang, 'plaintext', file);
    });
  }
});
