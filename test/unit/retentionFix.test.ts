/**
 * The retention quick fix in a notice that has a section about keeping data but no period: the
 * clause goes into that section and, once inserted, the missing-retention error is gone (its
 * blanks are then reported as unfilled placeholders), in every language.
 */
import * as assert from 'node:assert/strict';
import { actionsFor, apply, diagnose, doc, only } from './actionHelpers';
import { joinLines } from './helpers';

const NOTICES: ReadonlyArray<readonly [string, string]> = [
  ['en', joinLines('# Privacy notice', '', 'Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data. You can e-mail us at privacy@northwind.example.', '', '## What we use your data for', '', 'We use your name and e-mail address to send you our newsletter on the basis of your consent.', '', '## How long we keep your data', '', 'We keep your data carefully and securely.', '', '## Your rights', '', 'You have the right of access, the right to rectification and the right to erasure.', '')],
  ['nl', joinLines('# Privacyverklaring', '', 'Boekhandel Noordwind B.V., Molenstraat 14, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U kunt ons mailen via privacy@noordwind.example.', '', '## Waarvoor wij uw gegevens gebruiken', '', 'Wij gebruiken uw naam en e-mailadres op basis van uw toestemming om u onze nieuwsbrief te sturen.', '', '## Hoe lang wij uw gegevens bewaren', '', 'Wij bewaren uw gegevens zorgvuldig en veilig.', '', '## Uw rechten', '', 'U heeft het recht van inzage, het recht op rectificatie en het recht op gegevenswissing.', '')],
  ['de', joinLines('# Datenschutzerklärung', '', 'Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die Buchhandlung Nordwind GmbH, Mühlenweg 14, 10115 Berlin, E-Mail: datenschutz@nordwind.example.', '', '## Wofür wir Ihre Daten verwenden', '', 'Wir verwenden Ihren Namen und Ihre E-Mail-Adresse auf Grundlage Ihrer Einwilligung, um Ihnen unseren Newsletter zu senden.', '', '## Wie lange wir Ihre Daten speichern', '', 'Wir speichern Ihre Daten sorgfältig und sicher.', '', '## Ihre Rechte', '', 'Sie haben das Recht auf Auskunft, das Recht auf Berichtigung und das Recht auf Löschung.', '')],
  ['fr', joinLines('# Politique de confidentialité', '', 'La Librairie Vent du Nord SARL, 14 rue du Moulin, 75011 Paris, est responsable du traitement de vos données personnelles. Vous pouvez nous écrire à vie-privee@ventdunord.example.', '', '## Pourquoi nous utilisons vos données', '', 'Nous utilisons votre nom et votre adresse électronique sur la base de votre consentement pour vous envoyer notre lettre d’information.', '', '## Combien de temps nous conservons vos données', '', 'Nous conservons vos données avec soin et en sécurité.', '', '## Vos droits', '', 'Vous disposez d’un droit d’accès, d’un droit de rectification et d’un droit à l’effacement.', '')],
];

describe('The retention quick fix in a section about keeping data that gives no period', () => {
  for (const [language, text] of NOTICES) {
    it(`(${language}) goes into that section and clears the missing-retention error`, () => {
      const document = doc(text);
      const d = only(diagnose(document), 'retention');
      const fix = actionsFor(document, d).find((a) => a.isPreferred);
      assert.ok(fix, 'a preferred fix');
      const after = apply(document, fix);
      const codes = diagnose(after).map((x) => x.code);
      assert.ok(!codes.includes('retention'), `${after.getText()}\n${JSON.stringify(codes)}`);
      assert.ok(codes.includes('unfilled-placeholder'), 'its blanks are reported until they are filled');
      const lines = after.getText().split('\n');
      const heading = lines.findIndex((l) => l.startsWith('## ') && /keep|bewaren|speichern|conservons/.test(l));
      const next = lines.findIndex((l, i) => i > heading && l.startsWith('## '));
      const inserted = lines.slice(heading + 1, next).join('\n');
      assert.ok(inserted.includes('['), `the clause is inside the retention section:\n${after.getText()}`);
    });
  }
});
