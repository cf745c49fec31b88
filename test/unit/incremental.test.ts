/**
 * A document being edited is analysed with the memo of its earlier versions (memo.ts), so an
 * edit re-reads only what it changed. What the user sees must not depend on that: after every
 * edit of a seeded random sequence on the corpus notices, the findings and diagnostics (codes,
 * ranges, messages) equal those of a fresh analysis of the same text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisSteps, analyzeDocument, type AnalyzeOptions } from '../../server/src/service/analysis';
import { toDiagnostics } from '../../server/src/service/diagnostics';
import { AnalysisMemo } from '../../server/src/service/memo';
import { buildModel } from '../../server/src/service/document';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service';
import { placeholdersOf } from '../../server/src/service/placeholders';
import { seededRandom } from './helpers';

const corpusDir = path.join(__dirname, '..', 'fixtures', 'corpus');
const notices = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }));


/** What is typed: letters, a space, punctuation that ends or splits a sentence, a line break. */
const TYPED = 'ea .\nrt,';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * One edit a writer might make: type a character (a letter, a space, a full stop, a line
 * break), delete a few characters or a whole line, paste a stretch of the notice elsewhere
 * (which adds or removes findings), or turn a line into a heading.
 */
function randomEdit(text: string, rnd: () => number): Edit {
  const at = Math.floor(rnd() * (text.length + 1));
  const kind = rnd();
  if (kind < 0.4) return { start: at, end: at, text: TYPED[Math.floor(rnd() * TYPED.length)]! };
  if (kind < 0.6) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(rnd() * 30)), text: '' };
  if (kind < 0.75) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at);
    return { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1, text: '' };
  }
  if (kind < 0.9) {
    const from = Math.floor(rnd() * text.length);
    return { start: at, end: at, text: text.slice(from, from + 20 + Math.floor(rnd() * 300)) };
  }
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return { start: lineStart, end: lineStart, text: rnd() < 0.5 ? '## ' : '\n' };
}

const apply = (text: string, e: Edit): string => text.slice(0, e.start) + e.text + text.slice(e.end);

/** What a user sees of an analysis: the findings, and the diagnostics with their codes, ranges and messages. */
function seen(text: string, options: AnalyzeOptions, memo?: AnalysisMemo): unknown {
  const analysis = analyzeDocument(text, options, memo);
  return {
    language: analysis.language,
    looksLikeNotice: analysis.looksLikeNotice,
    findings: analysis.findings,
    diagnostics: toDiagnostics(analysis, DEFAULT_SETTINGS, 'file:///notice.md'),
  };
}

/**
 * A Markdown notice made of a corpus notice's paragraphs under '#' headings, with the Markdown
 * that can run past a heading or end before one: fenced code (open and closed), HTML blocks (with
 * headings, paragraphs and list items in them) and comments, lists, block quotes, tables, front matter.
 */
function markdownNotice(text: string, rnd: () => number): string {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  const extras = ['```\ncode\n```', '~~~\n# not a heading\n~~~', '<!-- a comment\n\n# inside it -->', '<div>\n\n# in html\n</div>', '- one\n- two\n\n  more of two', '> quoted\n> # heading in a quote', '| a | b |\n|---|---|\n| 1 | 2 |', '**Bold heading**', '```\nleft open', '<h2>In HTML</h2>\n<p>Text in <b>bold</b> &amp; more.\n<ul><li>one</li><li>two'];
  const out = rnd() < 0.5 ? ['---\ntitle: x\n---', '# Privacy'] : ['# Privacy'];
  for (const [i, p] of paragraphs.entries()) {
    if (rnd() < 0.4) out.push(`${'#'.repeat(1 + Math.floor(rnd() * 3))} Part ${i}`);
    if (rnd() < 0.15) out.push(extras[Math.floor(rnd() * extras.length)]!);
    out.push(p);
  }
  return out.join('\n\n');
}

/** Markdown a writer may type at a line's start or in the middle of a line. */
const MARKUP = ['```', '~~~', '<!--', '-->', '<div>', '</div>', '<p>', '</li>', '<h3>', '# ', '## ', '- ', '> ', '    ', '\n\n', '|', '**'];

describe('building the model of a Markdown document in remembered parts', () => {
  for (const [n, notice] of notices.entries()) {
    it(`gives the blocks, sections and sentences of one whole parse after each of 60 Markdown edits of a notice made from ${notice.name}`, () => {
      const rnd = seededRandom(5000 + n);
      const memo = new AnalysisMemo();
      let text = markdownNotice(notice.text, rnd);
      const model = (t: string, m?: AnalysisMemo): unknown => {
        m?.nextGeneration();
        const { lineStarts, folded, blocks, sections, sentences, titleSpan } = buildModel(t, 'markdown', m);
        return { lineStarts, folded, blocks, sections, sentences, titleSpan };
      };
      assert.deepEqual(model(text, memo), model(text));
      for (let k = 0; k < 60; k++) {
        const at = Math.floor(rnd() * (text.length + 1));
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        const edit: Edit =
          rnd() < 0.5
            ? { start: lineStart, end: lineStart, text: MARKUP[Math.floor(rnd() * MARKUP.length)]! }
            : rnd() < 0.5
              ? { start: at, end: at, text: MARKUP[Math.floor(rnd() * MARKUP.length)]! }
              : randomEdit(text, rnd);
        text = apply(text, edit);
        assert.deepEqual(model(text, memo), model(text), `after edit ${k + 1} (${JSON.stringify(edit)})`);
      }
    }).timeout(120_000);
  }
});

/**
 * An edit a writer makes at a paragraph's or a line's edge: a blank line added or taken away
 * (joining or splitting paragraphs), a heading inserted or removed, a line break typed or
 * deleted (also the CR or the LF of a CR LF pair on its own), or a character typed right before
 * or after a line break.
 */
function boundaryEdit(text: string, rnd: () => number): Edit {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const at = breaks.length ? breaks[Math.floor(rnd() * breaks.length)]! : text.length;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const crlf = text.charCodeAt(at - 1) === 13;
  const eol = crlf ? '\r\n' : '\n';
  const kind = rnd();
  if (kind < 0.15) return { start: at, end: at, text: eol };
  if (kind < 0.3) return { start: crlf ? at - 1 : at, end: at + 1, text: '' };
  if (kind < 0.4) return { start: lineStart, end: lineStart, text: `${'#'.repeat(1 + Math.floor(rnd() * 3))} Heading ${Math.floor(rnd() * 100)}${eol}${eol}` };
  if (kind < 0.5) {
    // Takes away a whole line with its break (a heading, when the line is one).
    const next = text.indexOf('\n', at + 1);
    return { start: at + 1, end: next === -1 ? text.length : next + 1, text: '' };
  }
  if (kind < 0.6) return { start: at, end: at, text: '\r' };
  if (kind < 0.7) return { start: at + 1, end: at + 1, text: '\n' };
  if (kind < 0.8) return { start: lineStart, end: lineStart, text: TYPED[Math.floor(rnd() * TYPED.length)]! };
  if (kind < 0.9) return { start: crlf ? at - 1 : at, end: crlf ? at - 1 : at, text: TYPED[Math.floor(rnd() * TYPED.length)]! };
  return randomEdit(text, rnd);
}

describe('building the model of a document from the version before it', () => {
  for (const [n, notice] of notices.entries()) {
    for (const format of ['plaintext', 'markdown'] as const) {
      for (const eol of ['\n', '\r\n']) {
        const name = eol === '\n' ? 'LF' : 'CR LF';
        it(`gives the line starts, blocks, sections and sentences of a fresh build after each of 60 edits at paragraph and line edges of ${notice.name} (${format}, ${name} line ends)`, () => {
          const rnd = seededRandom(7000 + n * 4 + (format === 'markdown' ? 2 : 0) + (eol === '\n' ? 0 : 1));
          const memo = new AnalysisMemo();
          let text = (format === 'markdown' ? markdownNotice(notice.text, rnd) : notice.text).replace(/\r?\n/g, eol);
          const model = (t: string, m?: AnalysisMemo): unknown => {
            m?.nextGeneration();
            const { lineStarts, folded, blocks, sections, sentences, titleSpan } = buildModel(t, format, m);
            return { lineStarts, folded, blocks, sections, sentences, titleSpan };
          };
          assert.deepEqual(model(text, memo), model(text));
          for (let k = 0; k < 60; k++) {
            const edit = boundaryEdit(text, rnd);
            text = apply(text, edit);
            assert.deepEqual(model(text, memo), model(text), `after edit ${k + 1} (${JSON.stringify(edit)})`);
          }
        }).timeout(120_000);
      }
    }
  }
});

describe('analysing a document being edited with the memo of its earlier versions', () => {
  for (const [n, notice] of notices.entries()) {
    for (const format of ['plaintext', 'markdown'] as const) {
      it(`finds after each of 40 random edits of ${notice.name} (${format}) what a fresh analysis finds`, () => {
        const rnd = seededRandom(1000 + n * 10 + (format === 'markdown' ? 1 : 0));
        const options: AnalyzeOptions = { language: 'auto', format };
        const memo = new AnalysisMemo();
        let text = notice.text;
        assert.deepEqual(seen(text, options, memo), seen(text, options));
        for (let k = 0; k < 40; k++) {
          const edit = randomEdit(text, rnd);
          text = apply(text, edit);
          assert.deepEqual(seen(text, options, memo), seen(text, options), `after edit ${k + 1} (${JSON.stringify(edit)})`);
        }
        // The memo was used: it holds the answers for the sentences of the last version.
        assert.ok(memo.size > 0);
      }).timeout(120_000);
    }
  }

  it('follows a notice whose language changes as it is rewritten, and finds what a fresh analysis finds', () => {
    const en = notices.find((x) => x.name.startsWith('en-'))!.text;
    const nl = notices.find((x) => x.name.startsWith('nl-'))!.text;
    const options: AnalyzeOptions = { language: 'auto', format: 'plaintext' };
    const memo = new AnalysisMemo();
    // An English notice replaced, paragraph by paragraph from the top, by a Dutch one.
    const steps = 8;
    const languages = new Set<string>();
    for (let k = 0; k <= steps; k++) {
      const text = nl.slice(0, Math.floor((nl.length * k) / steps)) + en.slice(Math.floor((en.length * k) / steps));
      const expected = seen(text, options) as { language: string };
      languages.add(expected.language);
      assert.deepEqual(seen(text, options, memo), expected, `step ${k}`);
    }
    assert.deepEqual([...languages].sort(), ['en', 'nl']);
  });

  for (const notice of notices.filter((x) => x.name === 'en-koopr.txt' || x.name === 'nl-kooti.txt')) {
    it(`finds after each of 40 edits of ${notice.name} that type, delete, or insert a drafted clause's placeholder what a fresh analysis finds`, () => {
      const rnd = seededRandom(notice.name.length * 31);
      const placeholders = [...placeholdersOf(notice.name.slice(0, 2))];
      assert.ok(placeholders.length > 3);
      const options: AnalyzeOptions = { language: 'auto', format: 'markdown' };
      const memo = new AnalysisMemo();
      let text = notice.text;
      seen(text, options, memo);
      for (let k = 0; k < 40; k++) {
        const at = Math.floor(rnd() * (text.length + 1));
        const edit: Edit = rnd() < 0.4 ? { start: at, end: at, text: ` ${placeholders[Math.floor(rnd() * placeholders.length)]!}` } : randomEdit(text, rnd);
        text = apply(text, edit);
        assert.deepEqual(seen(text, options, memo), seen(text, options), `after edit ${k + 1} (${JSON.stringify(edit)})`);
      }
    }).timeout(120_000);
  }

  for (const format of ['plaintext', 'markdown'] as const) {
    it(`follows an English notice into which Dutch paragraphs are pasted and from which its own are cut, edit by edit (${format}), and finds what a fresh analysis finds`, () => {
      const rnd = seededRandom(format === 'markdown' ? 91 : 92);
      const en = notices.find((x) => x.name.startsWith('en-'))!.text;
      const nl = notices.find((x) => x.name.startsWith('nl-soosr'))!.text;
      const dutch = nl.split(/\n\s*\n/).filter((p) => p.trim());
      const options: AnalyzeOptions = { language: 'auto', format };
      const memo = new AnalysisMemo();
      let text = en;
      const languages = new Set<string>();
      seen(text, options, memo);
      for (let k = 0; k < 60; k++) {
        const paragraphs = [...text.matchAll(/\n\s*\n/g)].map((m) => m.index! + m[0].length);
        const at = paragraphs.length ? paragraphs[Math.floor(rnd() * paragraphs.length)]! : 0;
        const next = text.indexOf('\n\n', at);
        const edit: Edit =
          rnd() < 0.55
            ? { start: at, end: at, text: dutch.slice(...((d) => [d, d + 3])(Math.floor(rnd() * dutch.length))).join('\n\n') + '\n\n' }
            : rnd() < 0.85
              ? { start: at, end: next === -1 ? text.length : next + 2, text: '' }
              : randomEdit(text, rnd);
        text = apply(text, edit);
        const expected = seen(text, options) as { language: string };
        languages.add(expected.language);
        assert.deepEqual(seen(text, options, memo), expected, `after edit ${k + 1} (${JSON.stringify(edit).slice(0, 200)})`);
      }
      assert.deepEqual([...languages].sort(), ['en', 'nl'], 'the notice changed its language on the way');
    }).timeout(120_000);
  }

  it('gives the language service the same diagnostics for a long document, remembered from its first version, changed by incremental edits as for the same text opened fresh', () => {
    const rnd = seededRandom(78);
    const service = createPolicyService();
    const text = notices.map((x) => x.text).join('\n\n');
    const long = Array.from({ length: Math.ceil(70_000 / text.length) }, () => text).join('\n\n');
    assert.ok(long.length > 70_000);
    let document = TextDocument.create('file:///long.md', 'markdown', 1, long);
    service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true });
    for (let version = 2; version < 12; version++) {
      const edit = randomEdit(document.getText(), rnd);
      const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
      document = TextDocument.update(document, [{ range, text: edit.text }], version);
      const fresh = TextDocument.create('file:///long.md', 'markdown', 1, document.getText());
      assert.deepEqual(
        service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true }),
        createPolicyService().getDiagnostics(fresh, DEFAULT_SETTINGS, { force: true }),
        `version ${version}`,
      );
    }
  }).timeout(120_000);

  it('gives the language service the same diagnostics for a document changed by incremental edits as for the same text opened fresh', () => {
    const rnd = seededRandom(77);
    const service = createPolicyService();
    const notice = notices[0]!;
    let document = TextDocument.create('file:///edited.txt', 'plaintext', 1, notice.text);
    service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true });
    for (let version = 2; version < 30; version++) {
      const edit = randomEdit(document.getText(), rnd);
      const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
      document = TextDocument.update(document, [{ range, text: edit.text }], version);
      const fresh = TextDocument.create('file:///edited.txt', 'plaintext', 1, document.getText());
      assert.deepEqual(
        service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true }),
        createPolicyService().getDiagnostics(fresh, DEFAULT_SETTINGS, { force: true }),
        `version ${version}`,
      );
    }
  }).timeout(120_000);
});

/**
 * The server analyses in steps and gives up a version an edit superseded part way (server.ts,
 * validate). What that leaves behind must not change what the next versions find.
 */
describe('analysing in steps, with versions given up part way', () => {
  it('returns, run to its end, what an analysis in one go returns', () => {
    for (const notice of notices) {
      for (const format of ['plaintext', 'markdown'] as const) {
        const options: AnalyzeOptions = { language: 'auto', format };
        const steps = analysisSteps(notice.text, options);
        let paused = 0;
        let step = steps.next();
        for (; !step.done; step = steps.next()) paused++;
        assert.ok(paused > 10, `${notice.name}: the analysis pauses between its parts (${paused} times)`);
        const analysis = step.value;
        assert.deepEqual(
          { findings: analysis.findings, diagnostics: toDiagnostics(analysis, DEFAULT_SETTINGS, 'file:///n.md') },
          { findings: analyzeDocument(notice.text, options).findings, diagnostics: toDiagnostics(analyzeDocument(notice.text, options), DEFAULT_SETTINGS, 'file:///n.md') },
          `${notice.name} (${format})`,
        );
      }
    }
  });

  for (const [n, notice] of notices.entries()) {
    it(`finds after 40 random edits of ${notice.name}, every other version given up after a random number of steps, what a fresh analysis finds`, () => {
      const rnd = seededRandom(3000 + n);
      const options: AnalyzeOptions = { language: 'auto', format: n % 2 ? 'markdown' : 'plaintext' };
      const memo = new AnalysisMemo();
      let text = notice.text;
      seen(text, options, memo);
      for (let k = 0; k < 40; k++) {
        text = apply(text, randomEdit(text, rnd));
        if (rnd() < 0.5) {
          const steps = analysisSteps(text, options, memo);
          for (let taken = Math.floor(rnd() * 40); taken > 0 && !steps.next().done; taken--);
          steps.return(undefined as never);
          continue;
        }
        assert.deepEqual(seen(text, options, memo), seen(text, options), `after edit ${k + 1}`);
      }
    }).timeout(120_000);
  }

  it('lets a request for the version being analysed in steps finish that analysis, and gives the steps its result', () => {
    const service = createPolicyService();
    const notice = notices[0]!;
    const document = TextDocument.create('file:///stepped.txt', 'plaintext', 1, notice.text);
    const steps = service.diagnosticsInSteps(document, DEFAULT_SETTINGS, { force: true });
    assert.equal(steps.next().done, false);
    const analysis = service.analyze(document, DEFAULT_SETTINGS);
    let step = steps.next();
    while (!step.done) step = steps.next();
    assert.deepEqual(step.value, toDiagnostics(analysis, DEFAULT_SETTINGS, document.uri));
    assert.equal(service.analyze(document, DEFAULT_SETTINGS), analysis, 'one analysis for the version, kept');
  });
});
