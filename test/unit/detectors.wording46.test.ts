/**
 * Defects found by a blind annotation of real notices and by short probes in all four languages
 * (session 17, helper extra-gold), fixed alike in en, nl, de and fr: a statutory retention period
 * said with a verb ("as long as the law requires", "zo lang als de wet dat voorschrijft", "aussi
 * longtemps que la loi l'impose", "solange das Gesetz es verlangt"), or as the time needed to meet
 * legal requirements; membership as the end of the period in English. Each positive beside its
 * near miss. The sentences are written for these tests.
 */
import { DE, EN, FR, NL, joinLines, runCases, type Case } from './helpers';

describe('Session 17 extra-gold fixes: a statutory retention period said with a verb', () => {
  describe('English', () => {
    const cases: Case[] = [
      { name: '"for as long as the law prescribes" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Bookkeeping', '', EN, 'We use your address to send you receipts. We store receipts for as long as the law prescribes.') },
      { name: '"the time needed to meet our legal requirements" gives one', id: 'retention', expected: 'present', text: joinLines('## Bookkeeping', '', EN, 'We use your address to send you receipts. Receipts are stored for the time needed to meet our legal requirements.') },
      { name: '"in line with statutory requirements" gives one', id: 'retention', expected: 'present', text: joinLines('## Bookkeeping', '', EN, 'We use your address to send you receipts. Receipts are archived in line with statutory requirements.') },
      { name: '"while you remain a member" gives one', id: 'retention', expected: 'present', text: joinLines('## The club', '', EN, 'We use your address to send you the club magazine. We hold your address while you remain a member.') },
      { name: '"Receipts are stored. The law requires ..." gives none', id: 'retention', expected: 'missing', text: joinLines('## Bookkeeping', '', EN, 'We use your address to send you receipts. Receipts are stored. The law requires this notice to tell you so.') },
      { name: '"Receipts are kept to comply with our legal obligations" still names the legal basis', id: 'legal-basis', expected: 'present', text: joinLines('## Bookkeeping', '', EN, 'We use your address to send you receipts. Receipts are kept to comply with our legal obligations.') },
      { name: '"while you are a member you get the magazine" gives none', id: 'retention', expected: 'missing', text: joinLines('## The club', '', EN, 'We use your address to send you the club magazine while you are a member.') },
    ];
    runCases('en', cases);
  });
  describe('Dutch', () => {
    const cases: Case[] = [
      { name: '"zolang de wetgeving dat voorschrijft" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Boekhouding', '', NL, 'Wij gebruiken uw adres om u bonnen te sturen. De bonnen worden bewaard zolang de wetgeving dat voorschrijft.') },
      { name: '"conform de wettelijke voorschriften" gives one', id: 'retention', expected: 'present', text: joinLines('## Boekhouding', '', NL, 'Wij gebruiken uw adres om u bonnen te sturen. De bonnen worden bewaard conform de wettelijke voorschriften.') },
      { name: '"de periode die nodig is om aan de wettelijke voorschriften te voldoen" gives one', id: 'retention', expected: 'present', text: joinLines('## Boekhouding', '', NL, 'Wij gebruiken uw adres om u bonnen te sturen. De bonnen worden opgeslagen gedurende de periode die nodig is om aan de wettelijke voorschriften te voldoen.') },
      { name: '"de wet verplicht ons u te informeren" gives none', id: 'retention', expected: 'missing', text: joinLines('## Boekhouding', '', NL, 'Wij gebruiken uw adres om u bonnen te sturen. De bonnen worden opgeslagen, want de wet verplicht ons u te informeren.') },
    ];
    runCases('nl', cases);
  });
  describe('German', () => {
    const cases: Case[] = [
      { name: '"solange das Steuerrecht es verlangt" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Buchhaltung', '', DE, 'Wir verwenden Ihre Adresse, um Ihnen Belege zu schicken. Die Belege speichern wir, solange das Steuerrecht es verlangt.') },
      { name: '"so lange, wie es zur Erfüllung gesetzlicher Pflichten nötig ist" gives one', id: 'retention', expected: 'present', text: joinLines('## Buchhaltung', '', DE, 'Wir verwenden Ihre Adresse, um Ihnen Belege zu schicken. Die Belege speichern wir so lange, wie es zur Erfüllung gesetzlicher Pflichten nötig ist.') },
      { name: '"Die Belege speichern wir zur Erfüllung gesetzlicher Pflichten" still names the legal basis', id: 'legal-basis', expected: 'present', text: joinLines('## Buchhaltung', '', DE, 'Wir verwenden Ihre Adresse, um Ihnen Belege zu schicken. Die Belege speichern wir zur Erfüllung gesetzlicher Pflichten.') },
      { name: '"Das Gesetz verlangt, dass wir Sie informieren" gives none', id: 'retention', expected: 'missing', text: joinLines('## Buchhaltung', '', DE, 'Wir verwenden Ihre Adresse, um Ihnen Belege zu schicken. Die Belege speichern wir, denn das Gesetz verlangt, dass wir Sie informieren.') },
    ];
    runCases('de', cases);
  });
  describe('French', () => {
    const cases: Case[] = [
      { name: '"aussi longtemps que la législation l\'exige" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Comptabilité', '', FR, 'Nous utilisons votre adresse pour vous envoyer vos reçus. Les reçus sont archivés aussi longtemps que la législation l\'exige.') },
      { name: '"la durée nécessaire pour respecter nos obligations légales" gives one', id: 'retention', expected: 'present', text: joinLines('## Comptabilité', '', FR, 'Nous utilisons votre adresse pour vous envoyer vos reçus. Les reçus sont archivés pendant la durée nécessaire pour respecter nos obligations légales.') },
      { name: '"conformément aux dispositions légales" gives one', id: 'retention', expected: 'present', text: joinLines('## Comptabilité', '', FR, 'Nous utilisons votre adresse pour vous envoyer vos reçus. Les reçus sont archivés conformément aux dispositions légales.') },
      { name: '"Les reçus sont archivés. La loi exige ..." gives none', id: 'retention', expected: 'missing', text: joinLines('## Comptabilité', '', FR, 'Nous utilisons votre adresse pour vous envoyer vos reçus. Les reçus sont archivés. La loi exige que cette page vous en informe.') },
    ];
    runCases('fr', cases);
  });

  // The law named as the measure of the period is not the sentence's subject ("the law" opens a statement about the law in general).
  describe('the law as the measure, not the subject', () => {
    runCases('en', [
      { name: '"Receipts are stored for as long as the law prescribes" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Bookkeeping', '', EN, 'We use your address to send you receipts. Receipts are stored for as long as the law prescribes.') },
      { name: '"Under the law, organisations must keep records" gives none', id: 'retention', expected: 'missing', text: joinLines('## Bookkeeping', '', EN, 'We use your address to send you receipts. Under the law, organisations must keep records.') },
    ]);
    runCases('nl', [
      { name: '"De bonnen worden bewaard zolang de wet dat voorschrijft" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Boekhouding', '', NL, 'Wij gebruiken uw adres om u bonnen te sturen. De bonnen worden bewaard zolang de wet dat voorschrijft.') },
      { name: '"De wet bepaalt dat organisaties gegevens bewaren" gives none', id: 'retention', expected: 'missing', text: joinLines('## Boekhouding', '', NL, 'Wij gebruiken uw adres om u bonnen te sturen. De wet bepaalt dat organisaties gegevens zorgvuldig bewaren.') },
    ]);
  });
});

// Consent inferred from use ("By using the app, you consent to ...") is implied consent, a quality
// finding: it states no consent basis, so neither the legal basis nor a right to withdraw follows from it.
describe('Session 17 extra-gold fixes: consent inferred from use is no consent basis', () => {
  runCases('en', [
    { name: '"By using the app, you consent to this processing" states no basis', id: 'legal-basis', expected: 'missing', text: joinLines('## Your data', '', EN, 'We use your e-mail address to send you reminders. By using the app, you consent to this processing.') },
    { name: 'nor asks for a right to withdraw', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('## Your data', '', EN, 'We use your e-mail address to send you reminders. By using the app, you consent to this processing.') },
    { name: 'it is still implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Your data', '', EN, 'We use your e-mail address to send you reminders. By using the app, you consent to this processing.') },
    { name: '"if you consent" beside it still states consent', id: 'legal-basis', expected: 'present', text: joinLines('## Your data', '', EN, 'We send you reminders only if you consent. By using the app, you agree to this policy.') },
  ]);
  runCases('fr', [
    { name: '"En utilisant l\'application, vous y consentez" states no basis', id: 'legal-basis', expected: 'missing', text: joinLines('## Vos données', '', FR, 'Nous utilisons votre adresse e-mail pour vous envoyer des rappels. En utilisant l\'application, vous y consentez.') },
    { name: 'nor asks for a right to withdraw (fr)', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('## Vos données', '', FR, 'Nous utilisons votre adresse e-mail pour vous envoyer des rappels. En utilisant l\'application, vous y consentez.') },
    { name: '"avec votre consentement" beside it still states consent', id: 'legal-basis', expected: 'present', text: joinLines('## Vos données', '', FR, 'Nous vous envoyons des rappels avec votre consentement. En utilisant l\'application, vous acceptez cette politique.') },
  ]);
  runCases('nl', [
    { name: '"Door de app te gebruiken, geeft u toestemming" states no basis (already so)', id: 'legal-basis', expected: 'missing', text: joinLines('## Uw gegevens', '', NL, 'Wij gebruiken uw e-mailadres om u herinneringen te sturen. Door de app te gebruiken, geeft u toestemming voor deze verwerking.') },
  ]);
  runCases('de', [
    { name: '"Durch die Nutzung der App willigen Sie ... ein" states no basis (already so)', id: 'legal-basis', expected: 'missing', text: joinLines('## Ihre Daten', '', DE, 'Wir verwenden Ihre E-Mail-Adresse, um Ihnen Erinnerungen zu schicken. Durch die Nutzung der App willigen Sie in diese Verarbeitung ein.') },
  ]);
});

// Implied consent with an adverb before the verb, or a Dutch separable verb split by its object.
describe('Session 17 extra-gold fixes: implied consent with an adverb or a split verb', () => {
  runCases('en', [
    { name: '"By using this website, you explicitly agree to this policy" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Your data', '', EN, 'We use your e-mail address to send you reminders. By using this website, you explicitly agree to this policy.') },
    { name: '"By using the app, you expressly consent to this processing" states no basis', id: 'legal-basis', expected: 'missing', text: joinLines('## Your data', '', EN, 'We use your e-mail address to send you reminders. By using the app, you expressly consent to this processing.') },
    { name: '"By using the app you can choose whether you consent" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Your data', '', EN, 'We use your e-mail address to send you reminders. By using the app you can choose whether you consent to reminders.') },
  ]);
  runCases('nl', [
    { name: '"Door de app te gebruiken, stemt u daarmee in" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Uw gegevens', '', NL, 'Wij gebruiken uw e-mailadres om u herinneringen te sturen. Door de app te gebruiken, stemt u daarmee in.') },
    { name: '"Door de website te bezoeken, geeft u uitdrukkelijk toestemming" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## Uw gegevens', '', NL, 'Wij gebruiken uw e-mailadres om u herinneringen te sturen. Door de website te bezoeken, geeft u uitdrukkelijk toestemming voor deze verwerking.') },
    { name: '"Door de app te gebruiken kunt u kiezen of u toestemming geeft" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Uw gegevens', '', NL, 'Wij gebruiken uw e-mailadres om u herinneringen te sturen. Door de app te gebruiken kunt u zelf kiezen of u toestemming geeft.') },
  ]);
  runCases('de', [
    { name: '"Durch die Nutzung der App stimmen Sie dieser Verarbeitung ausdrücklich zu" is one (already so)', id: 'implied-consent', expected: 'problem', text: joinLines('## Ihre Daten', '', DE, 'Wir verwenden Ihre E-Mail-Adresse, um Ihnen Erinnerungen zu schicken. Durch die Nutzung der App stimmen Sie dieser Verarbeitung ausdrücklich zu.') },
  ]);
  runCases('fr', [
    { name: '"En utilisant l\'application, vous consentez expressément" is one (already so)', id: 'implied-consent', expected: 'problem', text: joinLines('## Vos données', '', FR, 'Nous utilisons votre adresse e-mail pour vous envoyer des rappels. En utilisant l\'application, vous consentez expressément à ce traitement.') },
  ]);
});

// Rights about automated decisions, named as a subject of rights, say nothing about whether such
// decisions are taken (as English already read "rights in relation to automated decision-making").
describe('Session 17 extra-gold fixes: rights about automated decisions', () => {
  runCases('en', [
    { name: '"rights regarding automated decision-making" says nothing (already so)', id: 'automated-decisions', expected: 'missing', text: joinLines('## Your rights', '', EN, 'We use your e-mail address to send you reminders. You also have rights regarding automated decision-making and profiling.') },
    { name: '"We do not use automated decision-making" answers it', id: 'automated-decisions', expected: 'present', text: joinLines('## Your rights', '', EN, 'We use your e-mail address to send you reminders. We do not use automated decision-making or profiling.') },
  ]);
  runCases('nl', [
    { name: '"rechten met betrekking tot geautomatiseerde besluitvorming" says nothing', id: 'automated-decisions', expected: 'missing', text: joinLines('## Uw rechten', '', NL, 'Wij gebruiken uw e-mailadres om u herinneringen te sturen. U heeft daarnaast rechten met betrekking tot geautomatiseerde besluitvorming en profilering.') },
    { name: '"Wij maken geen gebruik van geautomatiseerde besluitvorming" answers it', id: 'automated-decisions', expected: 'present', text: joinLines('## Uw rechten', '', NL, 'Wij gebruiken uw e-mailadres om u herinneringen te sturen. Wij maken geen gebruik van geautomatiseerde besluitvorming of profilering.') },
  ]);
  runCases('de', [
    { name: '"Rechte im Zusammenhang mit automatisierten Entscheidungen" says nothing', id: 'automated-decisions', expected: 'missing', text: joinLines('## Ihre Rechte', '', DE, 'Wir verwenden Ihre E-Mail-Adresse, um Ihnen Erinnerungen zu schicken. Außerdem haben Sie Rechte im Zusammenhang mit automatisierten Entscheidungen einschließlich Profiling.') },
    { name: '"Wir setzen keine automatisierte Entscheidungsfindung ein" answers it', id: 'automated-decisions', expected: 'present', text: joinLines('## Ihre Rechte', '', DE, 'Wir verwenden Ihre E-Mail-Adresse, um Ihnen Erinnerungen zu schicken. Wir setzen keine automatisierte Entscheidungsfindung ein.') },
  ]);
  runCases('fr', [
    { name: '"des droits relatifs à la prise de décision automatisée" says nothing', id: 'automated-decisions', expected: 'missing', text: joinLines('## Vos droits', '', FR, 'Nous utilisons votre adresse e-mail pour vous envoyer des rappels. Vous disposez aussi de droits relatifs à la prise de décision automatisée et au profilage.') },
    { name: '"Nous ne prenons aucune décision automatisée" answers it', id: 'automated-decisions', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Nous utilisons votre adresse e-mail pour vous envoyer des rappels. Nous ne prenons aucune décision automatisée vous concernant.') },
  ]);
});

// Withdrawal said with "terugdraaien", and a right named by one word in a list of rights.
describe('Session 17 extra-gold fixes: withdrawal and rights named by one word', () => {
  runCases('nl', [
    { name: '"Je toestemming kun je altijd terugdraaien" is withdrawal', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Nieuwsbrief', '', NL, 'De nieuwsbrief sturen we alleen met je toestemming. Je toestemming kun je altijd weer terugdraaien.') },
    { name: '"Een bestelling kunt u niet terugdraaien" is not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('## Nieuwsbrief', '', NL, 'De nieuwsbrief sturen we alleen met je toestemming. Een bestelling kun je niet terugdraaien.') },
    { name: '"inzage, correctie, verwijdering, beperking en bezwaar" names restriction', id: 'right-restriction', expected: 'present', text: joinLines('## Uw rechten', '', NL, 'U heeft recht op inzage, correctie, verwijdering, beperking en bezwaar.') },
    { name: '"geldt een beperking van twee verzoeken" does not', id: 'right-restriction', expected: 'missing', text: joinLines('## Uw rechten', '', NL, 'U heeft recht op inzage. Voor verzoeken geldt een beperking tot twee per jaar.') },
  ]);
  runCases('de', [
    { name: '"Einschränkung, Übertragbarkeit und Widerspruch" names portability', id: 'right-portability', expected: 'present', text: joinLines('## Ihre Rechte', '', DE, 'Sie haben die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Übertragbarkeit und Widerspruch.') },
    { name: '"Die Übertragbarkeit von Gutscheinen ist ausgeschlossen" outside rights does not', id: 'right-portability', expected: 'missing', text: joinLines('## Gutscheine', '', DE, 'Wir verwenden Ihre Adresse für den Versand. Die Übertragbarkeit von Gutscheinen ist ausgeschlossen.') },
  ]);
});

// Combining data with other data sources is not obtaining the reader's data from others (Art. 14),
// unless the data comes from them ("information from other sources"), as Dutch and German read it.
describe('Session 17 extra-gold fixes: combining is not obtaining', () => {
  runCases('en', [
    { name: '"combined with other data sources" does not make sources required', id: 'data-sources', expected: 'not-applicable', text: joinLines('## Server logs', '', EN, 'We use your IP address to keep the website secure. Log files may be analysed and combined with other data sources if we find signs of an attack.') },
    { name: '"combined with information from other sources" does', id: 'data-sources', expected: 'missing', text: joinLines('## Server logs', '', EN, 'We use your IP address to keep the website secure. Log files may be combined with information from other sources.') },
  ]);
  runCases('nl', [
    { name: '"gecombineerd met andere gegevensbronnen" does not (already so)', id: 'data-sources', expected: 'not-applicable', text: joinLines('## Serverlogs', '', NL, 'Wij gebruiken uw IP-adres om de website te beveiligen. Logbestanden kunnen worden gecombineerd met andere gegevensbronnen als we aanwijzingen van een aanval zien.') },
  ]);
});

// Whether the data must be provided: a word of need in every language ("needed", "nodig", "nötig",
// "nécessaire"), not a purpose alone ("used to be able to deliver the service").
describe('Session 17 extra-gold fixes: the data is required only with a word of need', () => {
  runCases('nl', [
    { name: '"Die gegevens gebruiken we om de cursus te kunnen aanbieden" is no need', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Aanmelden', '', NL, 'Bij het aanmelden vragen we u om uw naam en adres. Die gegevens gebruiken we om de cursus te kunnen aanbieden.') },
    { name: '"Die gegevens zijn nodig om de cursus te kunnen aanbieden" is one', id: 'statutory-requirement', expected: 'present', text: joinLines('## Aanmelden', '', NL, 'Bij het aanmelden vragen we u om uw naam en adres. Die gegevens zijn nodig om de cursus te kunnen aanbieden.') },
  ]);
  runCases('en', [
    { name: '"We use them to be able to run the course" is no need (already so)', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Signing up', '', EN, 'When you sign up, we ask you for your name and address. We use them to be able to run the course.') },
  ]);
});
