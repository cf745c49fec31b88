/**
 * The command-line checker as a user runs it: `node dist/cli.js` in a real process, with files on
 * disk. Assertions about specific findings use the examples, whose gaps are listed in
 * examples/README.md.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { NOTE_IDS, RULE_IDS } from '../../server/src/service/catalogue';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EN = 'examples/privacy-policy.en.md';
const NL = 'examples/privacyverklaring.nl.md';

interface JsonReport {
  files: { path: string; language: string; diagnostics: Diagnostic[] }[];
}

function run(args: readonly string[], cwd = ROOT, timeout = 60_000): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return result;
}

function runJson(args: readonly string[], cwd = ROOT, timeout?: number): { status: number | null; stderr: string; report: JsonReport } {
  const result = run(['check', '--format', 'json', ...args], cwd, timeout);
  return { status: result.status, stderr: result.stderr, report: JSON.parse(result.stdout) as JsonReport };
}

/** Codes of the findings a reader is shown as problems (hints are suggestions, not counted). */
function counted(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).map((d) => String(d.code)))].sort();
}

const NOTICE_TEXT = fs.readFileSync(path.join(ROOT, EN), 'utf8');

describe('policy-author check (CLI)', function () {
  let tmp: string;

  before(function () {
    this.timeout(120_000);
    // Builds dist/ when a source is newer than dist/cli.js, so the tests never run a stale bundle.
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.mjs'), '--version'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-author-cli-'));
  });

  after(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const write = (name: string, content: string | Uint8Array): string => {
    const file = path.join(tmp, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };

  describe('usage', function () {
    it('prints the usage and exits 0 with --help', function () {
      const r = run(['--help']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Usage: policy-author check/);
      assert.match(r.stdout, /--format text\|json\|sarif/);
      assert.equal(r.stderr, '');
    });

    it('prints the version from package.json with --version', function () {
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      const r = run(['--version']);
      assert.equal(r.status, 0);
      assert.equal(r.stdout.trim(), version);
    });

    it('rejects an unknown option with exit status 2 and a one-line message naming it', function () {
      const r = run(['check', '--frobnicate', EN]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /unknown option --frobnicate/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });

    it('rejects a format it does not know and an option without its value', function () {
      assert.equal(run(['check', '--format', 'xml', EN]).status, 2);
      const r = run(['check', EN, '--format']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--format needs a value/);
    });

    it('rejects a --rule with an unknown check id or level', function () {
      const unknown = run(['check', '--rule', 'right-to-party=error', EN]);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /right-to-party/);
      const level = run(['check', '--rule', 'right-object=loud', EN]);
      assert.equal(level.status, 2);
      assert.match(level.stderr, /loud/);
    });

    it('asks for a command and for a path when they are missing', function () {
      assert.match(run([]).stderr, /missing command/);
      assert.equal(run([]).status, 2);
      const r = run(['check']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no PATH/);
    });

    it('exits 2 with a one-line message naming a file that does not exist', function () {
      const r = run(['check', 'no-such-notice.md']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no-such-notice\.md: no such file/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });

    it('still checks the other files when one path does not exist, and exits 2', function () {
      const { status, report } = runJson(['no-such-notice.md', EN]);
      assert.equal(status, 2);
      assert.deepEqual(report.files.map((f) => f.path), [EN]);
    });
  });

  describe('formats', function () {
    it('writes JSON with a files array of path, language and diagnostics', function () {
      const { report } = runJson([EN, NL]);
      assert.deepEqual(Object.keys(report), ['files']);
      assert.equal(report.files.length, 2);
      for (const file of report.files) {
        assert.deepEqual(Object.keys(file), ['path', 'language', 'diagnostics']);
        assert.ok(['en', 'nl', 'de', 'fr', 'unknown'].includes(file.language));
        assert.ok(Array.isArray(file.diagnostics));
      }
      assert.deepEqual(report.files.map((f) => f.path), [EN, NL]);
    });

    it('writes SARIF 2.1.0 with a $schema, the policy-author driver and a rule for every check', function () {
      const r = run(['check', '--format', 'sarif', EN]);
      const sarif = JSON.parse(r.stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      const driver = sarif.runs[0].tool.driver;
      assert.equal(driver.name, 'policy-author');
      assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), [...RULE_IDS, ...NOTE_IDS]);
      const notes = driver.rules.filter((rule: { properties: { kind: string } }) => rule.properties.kind === 'note');
      assert.deepEqual(notes.map((rule: { shortDescription: { text: string } }) => rule.shortDescription.text), ['A part in another language', 'A placeholder not filled in']);
      assert.deepEqual(notes.map((rule: { defaultConfiguration: { level: string } }) => rule.defaultConfiguration.level), ['note', 'warning']);
      for (const result of sarif.runs[0].results) {
        assert.ok(RULE_IDS.includes(result.ruleId));
        assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(result.level));
        const location = result.locations[0].physicalLocation;
        assert.equal(location.artifactLocation.uri, EN);
        assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
      }
    });

    it('reports the English example in SARIF with an error result for right-object and its help link', function () {
      const sarif = JSON.parse(run(['check', '--format', 'sarif', EN]).stdout);
      const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'right-object');
      assert.ok(result, 'no right-object result');
      assert.equal(result.level, 'error');
      const { diagnostics } = runJson([EN]).report.files[0]!;
      const href = diagnostics.find((d) => d.code === 'right-object')?.codeDescription?.href;
      const rule = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'right-object');
      assert.equal(rule.helpUri, href);
    });

    it('writes text lines of the form path:line:col  severity  message  [code] and a summary', function () {
      const r = run(['check', EN]);
      const lines = r.stdout.split('\n').filter((l) => l.startsWith(`${EN}:`));
      assert.ok(lines.length > 0, r.stdout);
      for (const line of lines) assert.match(line, /^.+:\d+:\d+ {2}(error|warning|information|hint) +\S.* {2}\[[a-z-]+\]$/);
      assert.match(r.stdout, /\d+ problems? \(\d+ errors?, \d+ warnings?/);
    });

    it('keeps error messages out of the JSON report on stdout', function () {
      const { stderr, report } = runJson([path.join(tmp, 'missing.md'), EN]);
      assert.match(stderr, /missing\.md/);
      assert.deepEqual(report.files.map((f) => f.path), [EN]);
    });
  });

  describe('findings on the examples', function () {
    it('reports the English example missing the right to object, retention and the complaint right, and exits 1', function () {
      const { status, report } = runJson([EN]);
      const file = report.files[0]!;
      assert.equal(file.language, 'en');
      assert.deepEqual(counted(file.diagnostics), ['retention', 'right-complaint', 'right-object']);
      const object = file.diagnostics.find((d) => d.code === 'right-object')!;
      assert.equal(object.severity, DiagnosticSeverity.Error);
      assert.equal(object.source, 'policy-author');
      assert.equal(status, 1);
    });

    it('reports the Dutch example missing portability, restriction and automated decisions, and exits 1', function () {
      const { status, report } = runJson([NL]);
      const file = report.files[0]!;
      assert.equal(file.language, 'nl');
      assert.deepEqual(counted(file.diagnostics), ['automated-decisions', 'right-portability', 'right-restriction']);
      assert.equal(file.diagnostics.find((d) => d.code === 'right-portability')?.severity, DiagnosticSeverity.Error);
      assert.equal(file.diagnostics.find((d) => d.code === 'automated-decisions')?.severity, DiagnosticSeverity.Warning);
      assert.equal(status, 1);
    });

    it('makes a check a warning with --rule ID=warning', function () {
      const { report } = runJson(['--rule', 'right-object=warning', EN]);
      const object = report.files[0]!.diagnostics.find((d) => d.code === 'right-object');
      assert.equal(object?.severity, DiagnosticSeverity.Warning);
    });

    it('exits 0 when --rule turns every error off', function () {
      const r = run(['check', '--rule', 'right-object=off', '--rule', 'retention=warning', '--rule', 'right-complaint=off', EN]);
      assert.equal(r.status, 0, r.stdout);
      assert.doesNotMatch(r.stdout, /\[right-object\]|\[right-complaint\]/);
    });

    it('honours suppression comments in the notice: a disabled check is not reported and the exit status follows', function () {
      const file = write(
        'suppressed.md',
        NOTICE_TEXT + '\n<!-- policy-author-disable right-object, right-complaint -->\n<!-- policy-author-disable retention -->\n',
      );
      const r = run(['check', file]);
      assert.equal(r.status, 0, r.stdout);
      assert.doesNotMatch(r.stdout, /\[right-object\]|\[right-complaint\]|\[retention\]/);
    });

    it('checks a German notice in German, detected or named with --language de', function () {
      const german = write(
        'datenschutz.de.md',
        '# Datenschutzerklärung\n\nVerantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die Muster GmbH, ' +
          'Musterstraße 1, 10115 Berlin. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten. ' +
          'Wir speichern Ihre Daten nur so lange, wie es für die Zwecke erforderlich ist, und geben sie nicht an Dritte weiter.\n',
      );
      const r = run(['check', german]);
      assert.equal(r.status, 1, r.stdout);
      assert.match(r.stdout, /Das Widerspruchsrecht fehlt: .*\[right-object\]/);
      assert.doesNotMatch(r.stdout, /\[right-access\]|\[controller-identity\]/);
      assert.equal(runJson([german]).report.files[0]!.language, 'de');
      assert.equal(runJson(['--language', 'de', german]).report.files[0]!.language, 'de');
    });
  });

  describe('French', function () {
    const FRENCH =
      '# Politique de confidentialité\n\nLa Boulangerie du Moulin SARL, 12 rue des Lilas, 69003 Lyon (vie-privee@moulin.example), ' +
      'est responsable du traitement de vos données. Nous utilisons votre adresse pour livrer vos commandes. ' +
      'Vous disposez d’un droit d’accès et d’un droit de rectification.\n';

    it('detects a French notice and reports in French', function () {
      const file = write('politique.fr.md', FRENCH);
      const { status, report } = runJson([file]);
      assert.equal(status, 1);
      const result = report.files[0]!;
      assert.equal(result.language, 'fr');
      const object = result.diagnostics.find((d) => d.code === 'right-object');
      assert.match(String(object?.message), /^Le droit d'opposition n'est pas mentionné/);
    });

    it('accepts --language fr', function () {
      const file = write('politique-forcee.md', FRENCH);
      const { status, report } = runJson(['--language', 'fr', file]);
      assert.equal(status, 1);
      assert.equal(report.files[0]!.language, 'fr');
    });
  });

  describe('bad input', function () {
    it('says an empty file has nothing to check and exits 0', function () {
      const empty = write('empty.md', '');
      const r = run(['check', empty]);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /empty file/);
      assert.deepEqual(runJson([empty]).report.files[0]!.diagnostics, []);
    });

    it('skips a binary file with "not a text file" on stderr, checks the others and exits 2', function () {
      const binary = write('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      const { status, stderr, report } = runJson([binary, EN]);
      assert.equal(status, 2);
      assert.match(stderr, /image\.md: not a text file/);
      assert.deepEqual(report.files.map((f) => f.path), [EN]);
    });

    it('reads a file that is not valid UTF-8 with a warning and still checks it', function () {
      // UTF-8 ("é" is two bytes) with one damaged byte: read as UTF-8, the bad byte replaced.
      const invalid = write('damaged.md', Buffer.concat([Buffer.from('# Privacy notice\n\nCafé '), Buffer.from([0xff, 0x28]), Buffer.from(' Utrecht.\n')]));
      const { status, stderr, report } = runJson([invalid]);
      assert.notEqual(status, 2);
      assert.match(stderr, /damaged\.md: not valid UTF-8; bytes that could not be decoded were replaced/);
      assert.equal(report.files.length, 1);
    });

    it('reads a notice saved in Windows-1252 ("ANSI") as its UTF-8 original, with a warning', function () {
      // The characters Windows-1252 has above U+00FF, in the order of its bytes 0x80-0x9F (five undefined).
      const high = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
      const encode = (text: string): Buffer =>
        Buffer.from([...text].map((ch) => {
          const c = ch.codePointAt(0)!;
          const k = high.indexOf(ch);
          if (k !== -1 && c > 0xff) return 0x80 + k;
          assert.ok(c <= 0xff && (c < 0x80 || c > 0x9f), `${JSON.stringify(ch)} has no Windows-1252 byte`);
          return c;
        }));
      for (const fixture of ['test/fixtures/sloppy/de-coiffeur-haarmonie.txt', 'test/fixtures/sloppy/fr-auto-ecole-du-centre.md', 'test/fixtures/sloppy/nl-bakkerij-van-gelder.txt']) {
        const text = fs.readFileSync(path.join(ROOT, fixture), 'utf8');
        const file = write(`ansi/${path.basename(fixture)}`, encode(text));
        // (Related information points at the file read.)
        const located = (diagnostics: readonly Diagnostic[]): string => JSON.stringify(diagnostics).replaceAll(JSON.stringify(`file://${path.join(ROOT, fixture)}`), '"FILE"').replaceAll(JSON.stringify(`file://${file}`), '"FILE"');
        const original = runJson([fixture]).report.files[0]!.diagnostics;
        const { stderr, report } = runJson([file]);
        assert.match(stderr, new RegExp(`${path.basename(fixture).replace(/\./g, '\\.')}: not UTF-8; read as Windows-1252`));
        assert.ok(original.length > 0, fixture);
        assert.equal(located(report.files[0]!.diagnostics), located(original), fixture);
      }
    });

    it('says where a part in another language starts, and that it counts for nothing', function () {
      const dutch = [
        'Wij verwerken uw persoonsgegevens om uw bestellingen af te handelen en om de vragen te beantwoorden die u ons stuurt.',
        'U hebt het recht om uw gegevens in te zien, te laten verbeteren of te laten wissen, en om bezwaar te maken tegen het gebruik ervan.',
        'Wij bewaren uw bestelgegevens zeven jaar omdat de belastingwet dat vereist, en wij verwijderen uw berichten een jaar nadat wij ze hebben beantwoord.',
      ].join('\n\n');
      const file = write('bilingual.md', `${NOTICE_TEXT}\n## Nederlandse versie\n\n${dutch}\n`);
      const line = NOTICE_TEXT.split('\n').length + 1;
      const r = run(['check', file]);
      assert.match(r.stdout, new RegExp(`bilingual\\.md:${line}:1 {2}information {2}This part is in Dutch, but the notice is checked in English, .* \\[other-language\\]`));
      const notes = runJson([file]).report.files[0]!.diagnostics.filter((d) => d.code === 'other-language');
      assert.equal(notes.length, 1);
      // A bilingual file by design: the note is turned off like a check, or raised.
      const off = runJson(['--rule', 'other-language=off', file]).report.files[0]!.diagnostics;
      assert.deepEqual(off.filter((d) => d.code === 'other-language'), []);
      assert.equal(off.length, runJson([file]).report.files[0]!.diagnostics.length - 1);
      const raised = runJson(['--rule', 'other-language=warning', file]).report.files[0]!.diagnostics.filter((d) => d.code === 'other-language');
      assert.deepEqual(raised.map((d) => d.severity), [DiagnosticSeverity.Warning]);
      const sarif = JSON.parse(run(['check', '--format', 'sarif', file]).stdout);
      const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'other-language');
      assert.equal(result.level, 'note');
      assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'other-language');
    });

    it('makes an unfilled placeholder an error with --rule, so a CI run fails on a notice published with its blanks', function () {
      const file = write('blanks.md', `${NOTICE_TEXT}\nWe keep your account data for [retention period].\n`);
      const before = runJson([file]);
      assert.deepEqual(before.report.files[0]!.diagnostics.filter((d) => d.code === 'unfilled-placeholder').map((d) => d.severity), [DiagnosticSeverity.Warning]);
      const raised = runJson(['--rule', 'unfilled-placeholder=error', file]);
      assert.deepEqual(raised.report.files[0]!.diagnostics.filter((d) => d.code === 'unfilled-placeholder').map((d) => d.severity), [DiagnosticSeverity.Error]);
      assert.equal(raised.status, 1);
      assert.match(run(['check', '--rule', 'unfilled-placeholder=loud', file]).stderr, /unfilled-placeholder: the level must be error, warning, information, hint or off, not "loud"/);
    });

    it('checks a 10 MB notice without failing', function () {
      this.timeout(180_000);
      const big = write('big.md', NOTICE_TEXT.repeat(Math.ceil((10 * 1024 * 1024) / NOTICE_TEXT.length)));
      assert.ok(fs.statSync(big).size >= 10 * 1024 * 1024);
      const { status, report } = runJson([big], ROOT, 170_000);
      assert.ok(status === 0 || status === 1, `exit status ${status}`);
      assert.equal(report.files.length, 1);
    });

    it('refuses a device such as /dev/zero instead of reading it forever', function () {
      if (!fs.existsSync('/dev/zero')) this.skip();
      const r = run(['check', '/dev/zero'], ROOT, 10_000);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /\/dev\/zero: not a regular file/);
    });

    it('reports a folder without notices with exit status 0', function () {
      const dir = path.join(tmp, 'no-notices');
      fs.mkdirSync(dir);
      write('no-notices/groceries.md', '# Groceries\n\n- bread\n- cheese\n- apples\n');
      const r = run(['check', dir]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.deepEqual(runJson([dir]).report.files, []);
      fs.mkdirSync(path.join(tmp, 'empty-folder'));
      const empty = run(['check', path.join(tmp, 'empty-folder')]);
      assert.equal(empty.status, 0);
      assert.match(empty.stdout, /No Markdown or text files found/);
    });
  });

  describe('folders', function () {
    it('searches a folder for .md, .markdown and .txt files and skips node_modules and dot-folders', function () {
      const dir = path.join(tmp, 'site');
      for (const name of ['a.md', 'b.markdown', 'c.txt', 'd.html', 'node_modules/pkg/e.md', '.git/f.md', 'sub/g.MD']) {
        write(`site/${name}`, NOTICE_TEXT);
      }
      const { report } = runJson(['--documents', 'all', dir]);
      const found = report.files.map((f) => path.relative(dir, f.path).split(path.sep).join('/'));
      assert.deepEqual(found, ['a.md', 'b.markdown', 'c.txt', 'sub/g.MD']);
    });

    it('checks files found in a folder only when they look like a privacy notice', function () {
      const dir = path.join(tmp, 'mixed');
      write('mixed/privacy.md', NOTICE_TEXT);
      write('mixed/CONTRIBUTING.md', '# Contributing\n\nRun the tests before you open a pull request. Keep commits small.\n');
      const { report } = runJson([dir]);
      assert.deepEqual(report.files.map((f) => path.basename(f.path)), ['privacy.md']);
      const text = run(['check', dir]).stdout;
      assert.match(text, /CONTRIBUTING\.md {2}note {2}skipped: does not look like a privacy notice/);
    });

    it('checks a file named on the command line even when it does not look like a notice', function () {
      const file = write('notes.md', '# Notes\n\nThe meeting is on Tuesday.\n');
      const { report } = runJson([file]);
      assert.equal(report.files.length, 1);
    });
  });

  it('never modifies the files it checks', function () {
    const files = [path.join(ROOT, EN), path.join(ROOT, NL), write('crlf.md', NOTICE_TEXT.replace(/\n/g, '\r\n')), write('bom.txt', '\uFEFF' + NOTICE_TEXT)];
    const before = files.map((f) => ({ bytes: fs.readFileSync(f), mtime: fs.statSync(f).mtimeMs }));
    for (const format of ['text', 'json', 'sarif']) run(['check', '--format', format, ...files]);
    files.forEach((f, i) => {
      assert.ok(fs.readFileSync(f).equals(before[i]!.bytes), `${f} changed`);
      assert.equal(fs.statSync(f).mtimeMs, before[i]!.mtime, `${f} touched`);
    });
  });

  describe('npm run check', function () {
    const npm = (args: readonly string[]) => {
      const r = spawnSync('npm', ['run', '--silent', 'check', '--', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
        shell: process.platform === 'win32',
      });
      if (r.error) throw r.error;
      return r;
    };

    it('prints only JSON on stdout with npm run --silent check -- --format json', function () {
      this.timeout(120_000);
      const r = npm(['--format', 'json', EN]);
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.equal(report.files[0]!.path, EN);
    });

    it('checks the bundled examples when it is given no path', function () {
      this.timeout(120_000);
      const r = npm(['--format', 'json']);
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(report.files.map((f) => path.basename(f.path)).sort(), ['privacy-policy.en.md', 'privacyverklaring.nl.md']);
    });
  });
});
