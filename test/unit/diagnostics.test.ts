/**
 * Diagnostics through the service, as the language server and the CLI get them: identity (code,
 * source, EUR-Lex link), severity and settings, the notice's language, and where each one goes.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { CATALOGUE, createPolicyService, settingsFromUnknown, type RuleId, type Settings } from '../../server/src/service/index';
import { TABLES } from '../../server/src/service/data/index';
import { joinLines } from './helpers';

let counter = 0;
/** A fresh document (its own uri, so no cached analysis of another text is reused). */
function doc(text: string, languageId: 'markdown' | 'plaintext' = 'markdown'): TextDocument {
  counter++;
  return TextDocument.create(`file:///notices/n${counter}.${languageId === 'markdown' ? 'md' : 'txt'}`, languageId, 1, text);
}

function settings(value: unknown = {}): Settings {
  const { settings: s, problems } = settingsFromUnknown(value);
  assert.deepEqual(problems, []);
  return s;
}

function diagnose(text: string, value: unknown = {}, force = false): Diagnostic[] {
  return createPolicyService().getDiagnostics(doc(text), settings(value), { force });
}

const byCode = (ds: readonly Diagnostic[], id: RuleId): Diagnostic[] => ds.filter((d) => d.code === id);
const only = (ds: readonly Diagnostic[], id: RuleId): Diagnostic => {
  const found = byCode(ds, id);
  assert.equal(found.length, 1, `one ${id} diagnostic, got ${found.length}: ${JSON.stringify(ds.map((d) => d.code))}`);
  return found[0]!;
};

/** A diagnostic's message as plain text (LSP 3.18 allows Markdown messages). */
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

/** The text a range covers. */
function textAt(text: string, range: Range): string {
  const d = TextDocument.create('file:///x', 'markdown', 1, text);
  return d.getText(range);
}

const lineOf = (text: string, needle: string): number => {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.notEqual(i, -1, `fixture has a line with ${needle}`);
  return i;
};

const ENGLISH = joinLines(
  '# Privacy notice',
  '',
  'Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data. You can e-mail us at privacy@northwind.example.',
  '',
  '## What we use your data for',
  '',
  'We use your name and e-mail address to send you our newsletter on the basis of your consent.',
  'We keep your data as long as necessary.',
  'Our mailing provider in the United States is certified under the EU-US Privacy Shield.',
  '',
  '## Your rights',
  '',
  'You have the right of access, the right to rectification and the right to erasure.',
);

const DUTCH = joinLines(
  '# Privacyverklaring',
  '',
  'Boekhandel Noordwind B.V., Molenstraat 14, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U kunt ons mailen via privacy@noordwind.example.',
  '',
  '## Waarvoor wij uw gegevens gebruiken',
  '',
  'Wij gebruiken uw naam en e-mailadres op basis van uw toestemming om u onze nieuwsbrief te sturen.',
  'Wij bewaren uw gegevens zolang als nodig.',
  '',
  '## Uw rechten',
  '',
  'U heeft het recht van inzage, het recht op rectificatie en het recht op gegevenswissing.',
);

describe('Diagnostics', () => {
  describe('identity', () => {
    it('carries the checklist id as code and policy-author as source', () => {
      const ds = diagnose(ENGLISH);
      assert.ok(ds.length > 0);
      for (const d of ds) {
        assert.equal(d.source, 'policy-author');
        assert.ok(typeof d.code === 'string' && d.code in CATALOGUE, `code ${String(d.code)} is a checklist id`);
      }
      assert.ok(byCode(ds, 'right-object').length === 1);
    });

    it('links an English notice\'s diagnostics to the English text of the GDPR on EUR-Lex', () => {
      for (const d of diagnose(ENGLISH)) {
        const url = new URL(d.codeDescription!.href);
        assert.equal(url.hostname, 'eur-lex.europa.eu');
        assert.match(url.pathname, /\/EN\//);
        assert.match(url.search, /32016R0679/);
      }
    });

    it('links a Dutch notice\'s diagnostics to the Dutch text of the AVG on EUR-Lex', () => {
      for (const d of diagnose(DUTCH)) {
        const url = new URL(d.codeDescription!.href);
        assert.equal(url.hostname, 'eur-lex.europa.eu');
        assert.match(url.pathname, /\/NL\//);
      }
    });

    it('links a right to the article of the GDPR it rests on', () => {
      const d = only(diagnose(ENGLISH), 'right-object');
      const url = new URL(d.codeDescription!.href);
      const cited = CATALOGUE['right-object'].articles[0]!.article;
      assert.equal(url.hash, `#art_${cited}`);
    });
  });

  describe('severity', () => {
    it('takes the default severity from the catalogue', () => {
      const ds = diagnose(ENGLISH);
      assert.equal(only(ds, 'right-object').severity, DiagnosticSeverity.Error);
      assert.equal(only(ds, 'vague-retention').severity, DiagnosticSeverity.Warning);
      assert.equal(only(ds, 'last-updated').severity, DiagnosticSeverity.Information);
    });

    it('lets settings.rules change a rule\'s severity', () => {
      const ds = diagnose(ENGLISH, { rules: { 'right-object': 'hint', 'last-updated': 'error' } });
      assert.equal(only(ds, 'right-object').severity, DiagnosticSeverity.Hint);
      assert.equal(only(ds, 'last-updated').severity, DiagnosticSeverity.Error);
      assert.equal(only(ds, 'right-portability').severity, DiagnosticSeverity.Error);
    });

    it('drops a rule set to off', () => {
      const ds = diagnose(ENGLISH, { rules: { 'right-object': 'off', 'vague-retention': 'off' } });
      assert.deepEqual(byCode(ds, 'right-object'), []);
      assert.deepEqual(byCode(ds, 'vague-retention'), []);
      assert.equal(byCode(ds, 'right-portability').length, 1);
    });

    it('gives the DPO hint severity Hint when no DPO is mentioned', () => {
      const d = only(diagnose(ENGLISH), 'dpo-contact');
      assert.equal(d.severity, DiagnosticSeverity.Hint);
      assert.equal(messageOf(d), TABLES.en.phrases.dpoHint);
    });

    it('keeps the DPO hint a hint even when the rule is raised to error', () => {
      const d = only(diagnose(ENGLISH, { rules: { 'dpo-contact': 'error' } }), 'dpo-contact');
      assert.equal(d.severity, DiagnosticSeverity.Hint);
    });

    it('reports a DPO mentioned without contact details at the catalogue severity, not as a hint', () => {
      const text = joinLines(ENGLISH, '', '## Data protection officer', '', 'We have appointed a data protection officer.');
      const d = only(diagnose(text), 'dpo-contact');
      assert.equal(d.severity, DiagnosticSeverity.Warning);
    });
  });

  describe('language of the messages', () => {
    it('writes an English notice\'s messages in English, citing the GDPR', () => {
      const d = only(diagnose(ENGLISH), 'right-object');
      assert.match(messageOf(d), /right to object/i);
      assert.match(messageOf(d), /GDPR/);
      assert.match(messageOf(d), /Art\. 21/);
    });

    it('writes a Dutch notice\'s messages in Dutch, citing the AVG', () => {
      const d = only(diagnose(DUTCH), 'right-object');
      assert.match(messageOf(d), /AVG/);
      assert.match(messageOf(d), /recht van bezwaar/i);
      assert.doesNotMatch(messageOf(d), /GDPR/);
    });

    it('leaves no placeholder unfilled in any message', () => {
      for (const d of [...diagnose(ENGLISH), ...diagnose(DUTCH)]) {
        assert.doesNotMatch(messageOf(d), /\{\w+\}/, `${String(d.code)}: ${messageOf(d)}`);
      }
    });

    it('names the outdated words and their replacement in the message', () => {
      const d = only(diagnose(ENGLISH), 'outdated-reference');
      assert.match(messageOf(d), /Privacy Shield/);
      assert.match(messageOf(d), /Data Privacy Framework|standard contractual clauses/);
    });
  });

  describe('where a diagnostic goes', () => {
    it('reports a missing right on the heading line of the rights section', () => {
      const d = only(diagnose(ENGLISH), 'right-object');
      const line = lineOf(ENGLISH, '## Your rights');
      assert.equal(d.range.start.line, line);
      assert.equal(d.range.end.line, line);
      assert.ok(d.range.start.character < d.range.end.character);
      assert.ok(d.range.end.character <= '## Your rights'.length);
      assert.equal(textAt(ENGLISH, d.range), 'Your rights');
    });

    it('reports a missing right of a Dutch notice on the heading line of its rights section', () => {
      const d = only(diagnose(DUTCH), 'right-portability');
      const line = lineOf(DUTCH, '## Uw rechten');
      assert.equal(d.range.start.line, line);
      assert.equal(d.range.end.line, line);
    });

    it('reports a missing item with no fitting section on the title line', () => {
      const d = only(diagnose(ENGLISH), 'last-updated');
      assert.equal(d.range.start.line, 0);
      assert.equal(d.range.end.line, 0);
      assert.match(textAt(ENGLISH, d.range), /Privacy notice/);
    });

    it('covers exactly the vague words of a retention statement', () => {
      const d = only(diagnose(ENGLISH), 'vague-retention');
      assert.equal(d.range.start.line, lineOf(ENGLISH, 'as long as necessary'));
      assert.equal(textAt(ENGLISH, d.range), 'as long as necessary');
    });

    it('covers exactly the outdated name', () => {
      const d = only(diagnose(ENGLISH), 'outdated-reference');
      assert.equal(textAt(ENGLISH, d.range), 'EU-US Privacy Shield');
    });

    it('covers exactly the vague words of a Dutch retention statement', () => {
      const d = only(diagnose(DUTCH), 'vague-retention');
      assert.equal(textAt(DUTCH, d.range), 'zolang als nodig');
    });

    it('points right-withdraw-consent\'s related information at the consent wording', () => {
      const d = only(diagnose(ENGLISH), 'right-withdraw-consent');
      assert.equal(d.relatedInformation?.length, 1);
      const related = d.relatedInformation![0]!;
      assert.match(related.location.uri, /^file:\/\/\/notices\//);
      assert.equal(related.location.range.start.line, lineOf(ENGLISH, 'on the basis of your consent'));
      assert.match(textAt(ENGLISH, related.location.range), /consent$/);
      assert.equal(related.message, TABLES.en.phrases.triggeredBy);
    });

    it('points the related information of a Dutch notice at the toestemming wording, in Dutch', () => {
      const d = only(diagnose(DUTCH), 'right-withdraw-consent');
      const related = d.relatedInformation![0]!;
      assert.match(textAt(DUTCH, related.location.range), /toestemming$/);
      assert.equal(related.message, TABLES.nl.phrases.triggeredBy);
    });

    it('counts positions in UTF-16 code units after an emoji', () => {
      const text = ENGLISH.replace('## Your rights', '## 🔒 Your rights');
      const d = only(diagnose(text), 'right-object');
      assert.equal(textAt(text, d.range), '🔒 Your rights');
      assert.equal(d.range.end.character, '## 🔒 Your rights'.length);
    });

    it('reports on the same lines whatever the line ends', () => {
      const lf = diagnose(ENGLISH).map((d) => [d.code, d.range.start.line, d.range.end.line]);
      const crlf = diagnose(ENGLISH.replace(/\n/g, '\r\n')).map((d) => [d.code, d.range.start.line, d.range.end.line]);
      assert.deepEqual(crlf, lf);
    });
  });

  describe('which documents are checked', () => {
    const RECIPE = joinLines(
      '# Grandma\'s tomato soup',
      '',
      'A simple soup for four people. It takes about forty minutes and you will need a big pan.',
      '',
      '## Method',
      '',
      'Chop the onion and the garlic and fry them in olive oil. Add the tomatoes and let it simmer for twenty minutes.',
    );

    it('gives nothing for a document that is not a notice when documents is auto', () => {
      assert.deepEqual(diagnose(RECIPE, { documents: 'auto' }), []);
    });

    it('checks a document that is not a notice when documents is all', () => {
      assert.ok(diagnose(RECIPE, { documents: 'all' }).length > 0);
    });

    it('checks a document that is not a notice when forced', () => {
      assert.ok(diagnose(RECIPE, { documents: 'auto' }, true).length > 0);
    });

    it('gives nothing when documents is off, and findings when forced', () => {
      assert.deepEqual(diagnose(ENGLISH, { documents: 'off' }), []);
      assert.ok(diagnose(ENGLISH, { documents: 'off' }, true).length > 0);
    });

    it('checks a German notice in German, with links to the German text of the DSGVO', () => {
      const de = joinLines(
        '# Datenschutzerklärung',
        '',
        'Wir verarbeiten Ihre Daten nur, wenn Sie uns diese für die Mitgliedschaft in dem Verein geben. Die Daten werden nicht an Dritte weitergegeben und nach dem Ende der Mitgliedschaft gelöscht.',
      );
      const object = only(diagnose(de, { documents: 'all' }), 'right-object');
      assert.equal(messageOf(object), 'Das Widerspruchsrecht fehlt: Betroffene müssen erfahren, dass sie der Verarbeitung widersprechen können, auch der Verarbeitung zum Zweck der Direktwerbung. Die DSGVO (Art. 13 Abs. 2 lit. b, Art. 21) verlangt diesen Hinweis.');
      assert.equal(object.codeDescription?.href, 'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32016R0679#art_13');
      assert.deepEqual(object.data, { id: 'right-object', language: 'de', replacement: undefined });
    });

    it('checks a French notice in French, citing the RGPD and linking the French EUR-Lex page', () => {
      const fr = joinLines(
        '# Politique de confidentialité',
        '',
        'Nous traitons vos données pour gérer votre abonnement et nous les conservons pendant la durée de votre abonnement. Vous pouvez exercer vos droits en nous écrivant.',
      );
      const d = only(diagnose(fr), 'right-object');
      assert.equal(
        messageOf(d),
        "Le droit d'opposition n'est pas mentionné : les personnes concernées doivent savoir qu'elles peuvent s'opposer au traitement, y compris à la prospection. Le RGPD (art. 13, § 2, b), art. 21) l'exige.",
      );
      assert.equal(d.codeDescription?.href, 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679#art_13');
      assert.deepEqual(d.data, { id: 'right-object', language: 'fr', replacement: undefined });
    });

    it('checks a notice as French when the language setting says fr, rather than detecting its language', () => {
      const ds = diagnose(ENGLISH, { language: 'fr' }, true);
      assert.ok(ds.length > 0);
      // The one note that is not a finding says, in French, that the text is in English.
      const [note, ...others] = ds.filter((d) => d.code === 'other-language');
      assert.equal(others.length, 0);
      assert.match(messageOf(note!), /^Cette partie est en anglais, alors que la politique de confidentialité est vérifiée en français : /);
      for (const d of ds) if (d !== note) assert.match(d.codeDescription?.href ?? '', /legal-content\/FR\//);
    });

    it('checks a Dutch notice as Dutch when the language setting says nl', () => {
      const d = only(diagnose(DUTCH, { language: 'nl' }), 'right-object');
      assert.match(messageOf(d), /AVG/);
    });

    it('answers the same for a plain-text document as for its Markdown twin', () => {
      const service = createPolicyService();
      const plain = ENGLISH.replace(/^#+ /gm, '');
      const ds = service.getDiagnostics(doc(plain, 'plaintext'), settings());
      assert.equal(only(ds, 'right-object').range.start.line, lineOf(plain, 'Your rights'));
    });
  });
});
