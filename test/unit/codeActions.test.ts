/**
 * Code actions through the service: the text after applying each quick fix (Markdown and plain
 * text, English and Dutch, CRLF), and what the diagnostics say after re-analysing it.
 */
import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { ADD_MISSING_KIND, createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service/index';
import { actionsFor, apply, diagnose, doc, only } from './actionHelpers';
import { joinLines } from './helpers';

const service = createPolicyService();

const titled = (actions: readonly CodeAction[], title: string): CodeAction => {
  const a = actions.find((x) => x.title === title);
  assert.ok(a, `an action titled ${JSON.stringify(title)} among ${JSON.stringify(actions.map((x) => x.title))}`);
  return a;
};

const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => String(d.code));

const ENGLISH = joinLines(
  '# Privacy notice',
  '',
  'Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data. You can e-mail us at privacy@northwind.example.',
  '',
  '## What we use your data for',
  '',
  'We use your name and e-mail address to send you our newsletter on the basis of your consent.',
  'Our mailing provider in the United States is certified under the EU-US Privacy Shield.',
  '',
  'We keep your data as long as necessary.',
  '',
  '## Your rights',
  '',
  '- You have the right of access to your data.',
  '- You have the right to rectification.',
  '- You have the right to erasure.',
  '',
);

const DUTCH_PLAIN = joinLines(
  'Privacyverklaring',
  '',
  'Boekhandel Noordwind B.V., Molenstraat 14, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U kunt ons mailen via privacy@noordwind.example.',
  '',
  'Waarvoor wij uw gegevens gebruiken',
  '',
  'Wij gebruiken uw naam en e-mailadres op basis van uw toestemming om u onze nieuwsbrief te sturen. Klachten kunt u melden bij het College bescherming persoonsgegevens.',
  '',
  'Uw rechten',
  '',
  'U heeft het recht van inzage, het recht op rectificatie en het recht op gegevenswissing.',
  '',
);

describe('Code actions: outdated references', () => {
  it('replaces an outdated name with the current one, as the preferred fix', () => {
    const document = doc(ENGLISH);
    const d = only(diagnose(document), 'outdated-reference');
    const actions = actionsFor(document, d);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, 'a preferred fix');
    assert.equal(fix.kind, CodeActionKind.QuickFix);
    const after = apply(document, fix);
    const old = document.getText(d.range);
    assert.equal(after.getText(), ENGLISH.replace(old, (d.data as { replacement: string }).replacement));
    assert.ok(!codes(diagnose(after)).includes('outdated-reference'));
  });

  it('the replacement reads as part of the sentence: the notice\'s own article is not doubled', () => {
    const cases: ReadonlyArray<readonly [string, 'en' | 'nl', string]> = [
      ['Our provider is certified under the EU-US Privacy Shield.', 'en', 'Our provider is certified under the EU-US Data Privacy Framework or standard contractual clauses.'],
      ['Onze leverancier is gecertificeerd onder het EU-VS Privacy Shield.', 'nl', 'Onze leverancier is gecertificeerd onder het EU-VS Data Privacy Framework of standaardcontractbepalingen.'],
    ];
    for (const [sentence, language, expected] of cases) {
      const text = (language === 'en' ? ENGLISH : DUTCH_PLAIN).replace(/\n\n/, `\n\n${sentence}\n\n`);
      const document = doc(text, language === 'en' ? 'markdown' : 'plaintext');
      const d = diagnose(document).find((x) => x.code === 'outdated-reference' && document.getText(x.range).includes('Privacy Shield'));
      assert.ok(d, `a finding on ${sentence}`);
      const after = apply(document, actionsFor(document, d).find((a) => a.isPreferred)!);
      assert.ok(after.getText().includes(expected), after.getText());
    }
  });

  it('replaces an outdated Dutch authority name in a plain-text notice, titled in Dutch', () => {
    const document = doc(DUTCH_PLAIN, 'plaintext');
    const d = only(diagnose(document), 'outdated-reference');
    const replacement = (d.data as { replacement: string }).replacement;
    const fix = titled(actionsFor(document, d), `Vervangen door "${replacement}"`);
    const after = apply(document, fix);
    assert.equal(after.getText(), DUTCH_PLAIN.replace('College bescherming persoonsgegevens', replacement));
    assert.ok(!codes(diagnose(after)).includes('outdated-reference'));
  });
});

describe('Code actions: outdated references in French', () => {
  it('replaces "la loi n° 78-17 du 6 janvier 1978" cited alone so that the sentence still reads as French', () => {
    const text = joinLines(
      '# Politique de confidentialité',
      '',
      'Conformément à la loi n° 78-17 du 6 janvier 1978, vous disposez d’un droit d’accès à vos données.',
      '',
    );
    const document = doc(text);
    const d = only(diagnose(document), 'outdated-reference');
    const fix = actionsFor(document, d).find((a) => a.isPreferred);
    assert.ok(fix, 'a preferred fix');
    assert.equal(
      apply(document, fix).getText(),
      text.replace('la loi n° 78-17 du 6 janvier 1978,', 'la loi Informatique et Libertés modifiée, qui complète le RGPD (règlement (UE) 2016/679),'),
    );
  });

  it('replaces the Belgian Commission de la protection de la vie privée with its article, so "auprès de la" becomes "auprès de l’"', () => {
    const text = joinLines('# Déclaration de confidentialité', '', 'Vous pouvez introduire une plainte auprès de la Commission de la protection de la vie privée.', '');
    const document = doc(text);
    const d = only(diagnose(document), 'outdated-reference');
    const fix = actionsFor(document, d).find((a) => a.isPreferred);
    assert.ok(fix, 'a preferred fix');
    const after = apply(document, fix);
    assert.equal(after.getText(), text.replace('la Commission de la protection de la vie privée', "l'Autorité de protection des données (APD)"));
    assert.ok(!codes(diagnose(after)).includes('outdated-reference'));
  });
});

describe('Code actions: ignoring a finding', () => {
  it('a problem in the text gets a disable-next-line comment before its paragraph, and is no longer reported', () => {
    const document = doc(ENGLISH);
    const d = only(diagnose(document), 'vague-retention');
    const after = apply(document, titled(actionsFor(document, d), 'Ignore this finding here'));
    assert.equal(
      after.getText(),
      ENGLISH.replace('We keep your data as long as necessary.', '<!-- policy-author-disable-next-line vague-retention -->\nWe keep your data as long as necessary.'),
    );
    const before = codes(diagnose(document)).filter((c) => c !== 'vague-retention');
    assert.deepEqual(codes(diagnose(after)), before, 'only that finding went away');
  });

  it('a missing item gets a document-wide comment before the heading it is reported on', () => {
    const document = doc(ENGLISH);
    const d = only(diagnose(document), 'right-object');
    const after = apply(document, titled(actionsFor(document, d), 'Ignore "Right to object" in this notice'));
    assert.equal(after.getText(), ENGLISH.replace('## Your rights', '<!-- policy-author-disable right-object -->\n## Your rights'));
    assert.ok(!codes(diagnose(after)).includes('right-object'));
  });

  it('a second ignored item joins the existing comment', () => {
    const document = doc(ENGLISH.replace('## Your rights', '<!-- policy-author-disable right-object -->\n## Your rights'));
    const d = only(diagnose(document), 'right-restriction');
    const after = apply(document, titled(actionsFor(document, d), 'Ignore "Right to restriction of processing" in this notice'));
    assert.equal(after.getText(), ENGLISH.replace('## Your rights', '<!-- policy-author-disable right-object, right-restriction -->\n## Your rights'));
    const left = codes(diagnose(after));
    assert.ok(!left.includes('right-object') && !left.includes('right-restriction'), left.join());
  });

  it('a Dutch plain-text notice gets a bracketed comment line, titled in Dutch', () => {
    const document = doc(DUTCH_PLAIN, 'plaintext');
    const d = only(diagnose(document), 'right-object');
    const after = apply(document, titled(actionsFor(document, d), '"Recht van bezwaar" in deze privacyverklaring negeren'));
    assert.equal(after.getText(), DUTCH_PLAIN.replace('Uw rechten', '[policy-author-disable right-object]\nUw rechten'));
    const left = codes(diagnose(after));
    assert.ok(!left.includes('right-object') && left.includes('right-restriction'), left.join());
  });

  it('a comment between two Markdown list items is indented into the item before, and silences the item after', () => {
    const text = joinLines(ENGLISH, '## How long we keep your data', '', '- Invoices: as long as necessary.', '- Newsletter data: as long as necessary.', '');
    const document = doc(text);
    const d = diagnose(document).find((x) => x.code === 'vague-retention' && x.range.start.line === text.split('\n').indexOf('- Newsletter data: as long as necessary.'));
    assert.ok(d);
    const after = apply(document, titled(actionsFor(document, d), 'Ignore this finding here'));
    assert.equal(after.getText(), text.replace('- Newsletter data', '  <!-- policy-author-disable-next-line vague-retention -->\n- Newsletter data'));
    assert.equal(diagnose(after).filter((x) => x.code === 'vague-retention').length, diagnose(document).filter((x) => x.code === 'vague-retention').length - 1);
  });

  it('keeps CRLF line ends', () => {
    const text = ENGLISH.replace(/\n/g, '\r\n');
    const document = doc(text);
    const d = only(diagnose(document), 'vague-retention');
    const after = apply(document, titled(actionsFor(document, d), 'Ignore this finding here'));
    assert.equal(
      after.getText(),
      text.replace('We keep your data as long as necessary.', '<!-- policy-author-disable-next-line vague-retention -->\r\nWe keep your data as long as necessary.'),
    );
  });
});

describe('Code actions: turning a check off', () => {
  it('is offered as a command with the check id when the client can run it', () => {
    const document = doc(ENGLISH);
    const d = only(diagnose(document), 'right-object');
    const action = titled(actionsFor(document, d, 'policyAuthor.turnOffRule'), 'Turn off the check "right-object" in this workspace');
    assert.deepEqual(action.command, { title: action.title, command: 'policyAuthor.turnOffRule', arguments: ['right-object'] });
    assert.equal(action.edit, undefined);
  });

  it('is not offered to a client that cannot run the command', () => {
    const document = doc(ENGLISH);
    const d = only(diagnose(document), 'right-object');
    assert.ok(actionsFor(document, d).every((a) => a.command === undefined));
  });

  it('is titled in Dutch for a Dutch notice', () => {
    const document = doc(DUTCH_PLAIN, 'plaintext');
    const d = only(diagnose(document), 'right-object');
    titled(actionsFor(document, d, 'policyAuthor.turnOffRule'), 'De controle "right-object" uitzetten in deze werkruimte');
  });
});

describe('Code actions: what is offered', () => {
  it('offers nothing for a diagnostic that no longer matches the text', () => {
    const document = doc(ENGLISH);
    const d = only(diagnose(document), 'vague-retention');
    const moved = { ...d, range: { start: { line: d.range.start.line, character: d.range.start.character + 1 }, end: d.range.end } };
    assert.deepEqual(actionsFor(document, moved).filter((a) => a.kind === CodeActionKind.QuickFix), []);
  });

  it('offers nothing for diagnostics of other tools', () => {
    const document = doc(ENGLISH);
    const d = { ...only(diagnose(document), 'vague-retention'), source: 'cspell' };
    assert.deepEqual(actionsFor(document, d).filter((a) => a.kind === CodeActionKind.QuickFix), []);
  });

  it('offers no quick fixes when only source actions are asked for', () => {
    const document = doc(ENGLISH);
    const d = only(diagnose(document), 'vague-retention');
    const actions = service.getCodeActions(document, DEFAULT_SETTINGS, d.range, { diagnostics: [d], only: [CodeActionKind.Source] }, { force: true });
    assert.ok(actions.every((a) => a.kind === ADD_MISSING_KIND), JSON.stringify(actions.map((a) => a.kind)));
  });

  it('offers nothing in a document that is not checked', () => {
    const document = doc(joinLines('# Apple pie', '', 'Bake for an hour at 180 degrees.'));
    const actions = service.getCodeActions(document, DEFAULT_SETTINGS, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [] });
    assert.deepEqual(actions, []);
  });
});
