/**
 * The notes (`other-language`, `unfilled-placeholder`) are set, silenced and ignored like checks:
 * `policyAuthor.rules` turns them off or changes their severity, suppression comments name them,
 * and their quick fixes insert the comment (and offer to turn the note off where the editor can).
 * A bilingual notice kept in one file on purpose, or a template whose blanks stay blank, would
 * otherwise carry a note nobody can answer.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { createPolicyService, settingsFromUnknown } from '../../server/src/service/index';
import { actionsFor, apply, diagnose, doc } from './actionHelpers';
import { joinLines } from './helpers';

const ENGLISH = [
  '# Privacy notice',
  '',
  'We process your personal data to handle your orders and to answer the questions you send us.',
  '',
  'You have the right to access your data, to have it corrected or erased, and to object to its use. You can also complain to the supervisory authority in your country.',
  '',
  'We keep your order data for seven years because the tax law requires it, and we delete your messages one year after we have answered them.',
  '',
];
const DUTCH = [
  '## Nederlandse versie',
  '',
  'Wij verwerken uw persoonsgegevens om uw bestellingen af te handelen en om de vragen te beantwoorden die u ons stuurt.',
  '',
  'U hebt het recht om uw gegevens in te zien, te laten verbeteren of te laten wissen, en om bezwaar te maken tegen het gebruik ervan. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.',
  '',
  'Wij bewaren uw bestelgegevens zeven jaar omdat de belastingwet dat vereist, en wij verwijderen uw berichten een jaar nadat wij ze hebben beantwoord.',
];
const BILINGUAL = joinLines(...ENGLISH, ...DUTCH);
/** Two placeholders of the English retention clause, in two paragraphs. */
const BLANKS = joinLines(...ENGLISH, 'We keep your account data for [retention period].', '', 'We keep your support tickets for [retention period].');

let counter = 0;
function withSettings(text: string, rules: Record<string, string>): Diagnostic[] {
  counter++;
  const document = TextDocument.create(`file:///notices/n${counter}.md`, 'markdown', 1, text);
  const { settings, problems } = settingsFromUnknown({ rules });
  assert.deepEqual(problems, []);
  return createPolicyService().getDiagnostics(document, settings, { force: true });
}
const quickFixes = (actions: readonly CodeAction[]): CodeAction[] => actions.filter((a) => a.kind === CodeActionKind.QuickFix);
const of = (ds: readonly Diagnostic[], code: string): Diagnostic[] => ds.filter((d) => d.code === code);

describe('Notes set and silenced like checks', () => {
  it('reports the bilingual notice with one other-language note and the blanks with two placeholder warnings', () => {
    assert.deepEqual(of(diagnose(doc(BILINGUAL)), 'other-language').map((d) => d.severity), [DiagnosticSeverity.Information]);
    assert.deepEqual(of(diagnose(doc(BLANKS)), 'unfilled-placeholder').map((d) => d.range.start.line), [8, 10]);
  });

  it('turns a note off, or gives it another severity, through policyAuthor.rules', () => {
    const all = withSettings(BILINGUAL, {});
    const off = withSettings(BILINGUAL, { 'other-language': 'off' });
    assert.deepEqual(of(off, 'other-language'), []);
    assert.deepEqual(off, all.filter((d) => d.code !== 'other-language'));
    assert.deepEqual(of(withSettings(BILINGUAL, { 'other-language': 'warning' }), 'other-language').map((d) => d.severity), [DiagnosticSeverity.Warning]);
    assert.deepEqual(of(withSettings(BLANKS, { 'unfilled-placeholder': 'error' }), 'unfilled-placeholder').map((d) => d.severity), [DiagnosticSeverity.Error, DiagnosticSeverity.Error]);
    assert.deepEqual(of(withSettings(BLANKS, { 'unfilled-placeholder': 'off' }), 'unfilled-placeholder'), []);
  });

  it('still rejects an id that is neither a check nor a note, and a note with an unknown level', () => {
    const { problems, settings } = settingsFromUnknown({ rules: { 'other-languages': 'off', 'unfilled-placeholder': 'loud' } });
    assert.deepEqual(problems.map((p) => p.setting), ['policyAuthor.rules.unfilled-placeholder', 'policyAuthor.rules.other-languages']);
    assert.deepEqual(settings.rules, {});
  });

  it('silences the other-language note with a comment for the whole notice, in Markdown and plain text', () => {
    const md = joinLines('<!-- policy-author-disable other-language -->', BILINGUAL);
    assert.deepEqual(of(diagnose(doc(md)), 'other-language'), []);
    const txt = joinLines('[policy-author-disable other-language]', BILINGUAL.replace(/^#+ /gm, ''));
    assert.equal(of(diagnose(doc(BILINGUAL.replace(/^#+ /gm, ''), 'plaintext')), 'other-language').length, 1);
    assert.deepEqual(of(diagnose(doc(txt, 'plaintext')), 'other-language'), []);
    // Naming another check silences nothing of the note.
    assert.equal(of(diagnose(doc(joinLines('<!-- policy-author-disable right-object -->', BILINGUAL))), 'other-language').length, 1);
  });

  it('silences one placeholder with a disable-next-line comment and leaves the other', () => {
    const text = BLANKS.replace('We keep your support tickets', '<!-- policy-author-disable-next-line unfilled-placeholder -->\nWe keep your support tickets');
    const left = of(diagnose(doc(text)), 'unfilled-placeholder');
    assert.equal(left.length, 1);
    assert.equal(left[0]!.range.start.line, 8);
  });
});

describe('Quick fixes on notes', () => {
  it('ignores the other-language note in the whole notice, and the note is gone after the edit', () => {
    const document = doc(BILINGUAL);
    const note = of(diagnose(document), 'other-language')[0]!;
    const actions = quickFixes(actionsFor(document, note, 'policyAuthor.turnOffRule'));
    assert.deepEqual(actions.map((a) => a.title), ['Ignore "A part in another language" in this notice', 'Turn off the check "other-language" in this workspace']);
    assert.deepEqual(actions[1]!.command?.arguments, ['other-language']);
    const after = apply(document, actions[0]!);
    assert.equal(after.getText(), BILINGUAL.replace('## Nederlandse versie', '<!-- policy-author-disable other-language -->\n## Nederlandse versie'));
    assert.deepEqual(of(diagnose(after), 'other-language'), []);
  });

  it('adds the note to an existing comment for the whole notice', () => {
    const document = doc(joinLines('<!-- policy-author-disable cookies -->', BILINGUAL));
    const note = of(diagnose(document), 'other-language')[0]!;
    const after = apply(document, quickFixes(actionsFor(document, note))[0]!);
    assert.ok(after.getText().startsWith('<!-- policy-author-disable cookies, other-language -->\n'), after.getText().slice(0, 80));
    assert.deepEqual(of(diagnose(after), 'other-language'), []);
  });

  it('ignores one placeholder here, in plain text as a bracketed line, and keeps the other', () => {
    const plain = BLANKS.replace(/^#+ /gm, '');
    const document = doc(plain, 'plaintext');
    const [first, second] = of(diagnose(document), 'unfilled-placeholder');
    const actions = quickFixes(actionsFor(document, second!));
    assert.deepEqual(actions.map((a) => a.title), ['Ignore this finding here']);
    const after = apply(document, actions[0]!);
    assert.equal(after.getText(), plain.replace('We keep your support tickets', '[policy-author-disable-next-line unfilled-placeholder]\nWe keep your support tickets'));
    const left = of(diagnose(after), 'unfilled-placeholder');
    assert.deepEqual(left.map((d) => d.range), [first!.range]);
  });

  it('offers nothing for a note the text no longer has (a stale diagnostic)', () => {
    const note = of(diagnose(doc(BILINGUAL)), 'other-language')[0]!;
    assert.deepEqual(quickFixes(actionsFor(doc(joinLines(...ENGLISH)), note)), []);
    const blank = of(diagnose(doc(BLANKS)), 'unfilled-placeholder')[0]!;
    assert.deepEqual(quickFixes(actionsFor(doc(BLANKS.replace('[retention period].', 'two years.')), blank)), []);
  });
});
