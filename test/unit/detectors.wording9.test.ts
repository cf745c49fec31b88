/**
 * Wordings met in notices written for the accuracy sets in session 9, each beside its near miss:
 * a bold question line directly over its answer in Markdown (a festival's FAQ, a running app), a
 * question heading asking whether the reader may see or delete their data, consent inferred from
 * installing an app or from "you're agreeing", a Dutch separable verb ("passen wij ze aan"), a
 * German interest named in a long zu-clause after a citation, the French "sur le seul fondement
 * d'un traitement automatisé". Then, from the second batch: a period in a table whose header row is
 * about keeping data, bookings or payments that "go through" a named service, throwing data away,
 * keeping data without using it, "cookies die nodig zijn", consent as "wenn Sie damit einverstanden
 * sind". The sentences are written for these tests.
 */
import { DE, EN, FR, joinLines, NL, runCases, type Case } from './helpers';


describe('Session 9 wordings in English', () => {
  const FIX = "We'll fix anything that's wrong.";
  const cases: Case[] = [
    { name: 'A bold line "**Access to your data**" directly over its text heads a rights section', id: 'right-rectification', expected: 'present', text: joinLines('# Privacy FAQ', '', EN, '', '**Access to your data**', FIX) },
    { name: 'The same text under a bold "**Our promise**" is no right of the reader', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy FAQ', '', EN, '', '**Our promise**', FIX) },
    { name: 'A line that only opens in bold ("**Tip:** ...") heads nothing', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy FAQ', '', EN, '', '**Your rights:** are listed on our website.', FIX) },
    { name: 'A bold question "Can I see what you hold about me?" heads a rights section', id: 'right-erasure', expected: 'present', text: joinLines('# Privacy FAQ', '', EN, '', '**Can I see what you hold about me?**', "Of course. We'll also delete your details if you don't want to hear from us again.") },
    { name: 'A bold question "Can I bring my dog?" does not', id: 'right-erasure', expected: 'missing', text: joinLines('# Privacy FAQ', '', EN, '', '**Can I bring my dog?**', "Of course. We'll also delete your details if you don't want to hear from us again.") },
    { name: '"email us and we\'ll send you a copy" under a rights question describes access', id: 'right-access', expected: 'present', text: joinLines('# Privacy FAQ', '', EN, '', '## Can I see what you hold about me?', '', "Of course – email us and we'll send you a copy.") },
    { name: '"we\'ll send you a copy" under "What happens after the festival?" does not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy FAQ', '', EN, '', '## What happens after the festival?', '', "Email us and we'll send you a copy.") },
    { name: '"By using the site you\'re agreeing to this" infers consent from use', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy FAQ', '', EN, 'Our website uses cookies to count visitors. By using the site you\'re agreeing to this.') },
    { name: '"By using the site you can book faster" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy FAQ', '', EN, 'By using the site you can book tickets faster.') },
    { name: '"By installing the app, you accept this policy" infers consent from installing', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy notice', '', EN, 'By installing the app, you accept this privacy policy.') },
    { name: '"By installing the app you get reminders" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy notice', '', EN, 'By installing the app you get reminders before each class.') },
    { name: 'Under a bold "Does the website use cookies?", implied consent is how cookies are handled', id: 'cookies', expected: 'present', text: joinLines('# Privacy FAQ', '', EN, '', '**Does the website use cookies?**', "Yes, to count how many people visit. By using the site you're agreeing to this.") },
    { name: 'The same question answered without any handling is missing it', id: 'cookies', expected: 'missing', text: joinLines('# Privacy FAQ', '', EN, '', '**Does the website use cookies?**', 'Yes, to count how many people visit.') },
    { name: 'A period in a table whose header says "How long we keep it" is a retention period', id: 'retention', expected: 'present', text: joinLines('# Privacy notice', '', EN, '', '## Why we use it', '', '| Purpose | Legal basis | How long we keep it |', '|---|---|---|', '| Running your account | Contract | 3 years |') },
    { name: 'The same row under a header "Who sees it" is not', id: 'retention', expected: 'missing', text: joinLines('# Privacy notice', '', EN, '', '## Why we use it', '', '| Purpose | Legal basis | Who sees it |', '|---|---|---|', '| Running your account | Contract | 3 years |') },
    { name: '"Payments go through Mollie" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'Bookings run through Bookingkit and payments go through Mollie.') },
    { name: '"Payments go up every April" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'Membership payments go up every April.') },
    { name: '"We throw the ID copy away when you return the bike" gives a retention criterion', id: 'retention', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'We throw the copy of your ID away once you return the bike.') },
    { name: '"We throw a party once you return the bike" does not', id: 'retention', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'We throw a party once you return the bike.') },
    { name: '"ask us to hold it without using it" describes restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'You may ask us to hold it without using it while you dispute its accuracy.') },
    { name: '"ask us to hold the door" does not', id: 'right-restriction', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'You may ask us to hold the lift while you carry your bags.') },
  ];
  runCases('en', cases);
});

describe('Session 9 wordings in Dutch', () => {
  const RIGHTS = ['# Privacyverklaring', '', NL, '', '## Wat zijn uw rechten?', ''];
  const cases: Case[] = [
    { name: '"Kloppen ze niet, dan passen wij ze aan" describes rectification', id: 'right-rectification', expected: 'present', text: joinLines(...RIGHTS, 'U mag ons vragen welke gegevens wij van u hebben. Kloppen ze niet, dan passen wij ze aan.') },
    { name: '"Wij passen deze privacyverklaring af en toe aan" does not', id: 'right-rectification', expected: 'missing', text: joinLines(...RIGHTS, 'Wij passen deze privacyverklaring af en toe aan.') },
    { name: '"Wij passen uw gegevens graag voor u aan" describes rectification', id: 'right-rectification', expected: 'present', text: joinLines(...RIGHTS, 'Wij passen uw gegevens graag voor u aan.') },
    { name: '"Wij passen onze openingstijden in de zomer aan" does not', id: 'right-rectification', expected: 'missing', text: joinLines(...RIGHTS, 'Wij passen onze openingstijden in de zomer aan.') },
    { name: '"U kunt ons vragen ze tijdelijk niet te gebruiken" describes restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'U kunt ons vragen uw gegevens te wissen, of ze tijdelijk niet te gebruiken zolang een geschil loopt.') },
    { name: '"De parkeerplaats is tijdelijk niet te gebruiken" does not', id: 'right-restriction', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'De parkeerplaats achter het kantoor is tijdelijk niet te gebruiken.') },
    { name: '"Door de app te installeren gaat u akkoord" infers consent from installing', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacyverklaring', '', NL, 'Door de app te installeren gaat u akkoord met deze privacyverklaring.') },
    { name: '"Door de app te installeren kunt u uw afspraken zien" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacyverklaring', '', NL, 'Door de app te installeren kunt u uw afspraken overal bekijken.') },
    { name: 'A heading "Kan ik mijn gegevens laten verwijderen?" heads a rights section', id: 'right-erasure', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, '', '## Kan ik mijn gegevens laten verwijderen?', '', 'Ja. Stuur ons een mail, dan wissen wij alles binnen een maand.') },
    { name: '"Onze reserveringen lopen via Bookingkit" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Onze reserveringen lopen via Bookingkit en betalen doe je via Mollie.') },
    { name: '"Reserveren kan via onze website" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Reserveren kan via onze website of aan de balie.') },
    { name: '"De kopie gooien we weg zodra je de fiets terugbrengt" gives a retention criterion', id: 'retention', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'De kopie van je ID gooien we weg zodra je de fiets hebt teruggebracht.') },
    { name: '"We gooien de deur open zodra je er bent" does not', id: 'retention', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'We gooien de deur wijd open zodra je er bent.') },
    { name: '"alleen cookies die nodig zijn om te reserveren" says how cookies are handled', id: 'cookies', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Onze site gebruikt alleen cookies die nodig zijn om te reserveren.') },
    { name: '"Onze site gebruikt cookies om te reserveren" does not', id: 'cookies', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Onze site gebruikt cookies om te reserveren.') },
    { name: '"u kunt vragen ze te bewaren zonder ze te gebruiken" describes restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'U kunt ons vragen uw gegevens te bewaren zonder ze te gebruiken.') },
    { name: '"wij bewaren uw fiets zonder extra kosten" does not', id: 'right-restriction', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'U kunt uw fiets bij ons laten staan; wij bewaren hem zonder extra kosten.') },
    { name: 'A heading "Kan ik langskomen?" does not', id: 'right-erasure', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, '', '## Kan ik langskomen?', '', 'Ja. Stuur ons een mail, dan wissen wij de agenda voor u vrij.') },
  ];
  runCases('nl', cases);
});

describe('Session 9 wordings in German', () => {
  const cases: Case[] = [
    { name: '"Mit der Installation der App erklären Sie sich einverstanden" infers consent from installing', id: 'implied-consent', expected: 'problem', text: joinLines('# Datenschutz', '', DE, 'Mit der Installation der App erklären Sie sich mit dieser Datenschutzerklärung einverstanden.') },
    { name: '"Mit der Installation der App erhalten Sie Zugang" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Datenschutz', '', DE, 'Mit der Installation der App erhalten Sie Zugang zu allen Trainingsplänen.') },
    { name: 'An interest in a long zu-clause after the citation says what the interest is', id: 'legitimate-interests', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Der Eingang wird mit Kameras überwacht. Dies beruht auf unserem berechtigten Interesse (Art. 6 Abs. 1 lit. f DSGVO), unsere Gäste und Mitarbeiter sowie ihr Eigentum vor Diebstahl und Sachbeschädigung zu schützen.') },
    { name: 'The citation alone does not', id: 'legitimate-interests', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Der Eingang wird mit Kameras überwacht. Dies beruht auf unserem berechtigten Interesse (Art. 6 Abs. 1 lit. f DSGVO).') },
    { name: 'Nor does a long relative clause without an interest', id: 'legitimate-interests', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Der Eingang wird mit Kameras überwacht. Dies beruht auf unserem berechtigten Interesse (Art. 6 Abs. 1 lit. f DSGVO), das wir sorgfältig gegen Ihre Interessen und Grundrechte abgewogen haben.') },
    { name: 'A heading "Kann ich meine Daten löschen lassen?" heads a rights section', id: 'right-erasure', expected: 'present', text: joinLines('# Datenschutz', '', DE, '', '## Kann ich meine Daten löschen lassen?', '', 'Ja. Eine kurze E-Mail genügt, dann entfernen wir alles.') },
    { name: '"Die Zahlung läuft über PayPal" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Die Zahlung läuft über PayPal.') },
    { name: '"Der Weg läuft über den Hof" does not', id: 'recipients', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Der Weg zur Wohnung läuft über den Hof.') },
    { name: '"nur, wenn Sie damit einverstanden sind" states consent, so its withdrawal is due', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Auf unserer Homepage zeigen wir Bilder von Gästen, natürlich nur, wenn Sie damit einverstanden sind.') },
    { name: '"Wenn Sie mit dem Zimmer nicht einverstanden sind" states no consent', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('# Datenschutz', '', DE, 'Wenn Sie mit dem Zimmer nicht einverstanden sind, sagen Sie es uns.') },
    { name: '"dass wir sie speichern, aber nicht verwenden" describes restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Sie können verlangen, dass wir Ihre Daten speichern, aber nicht mehr verwenden.') },
    { name: '"dass wir sie speichern, aber nicht weitergeben" does not', id: 'right-restriction', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Sie können sicher sein, dass wir Ihre Daten speichern, aber nicht weitergeben.') },
    { name: 'A heading "Kann ich vorbeikommen?" does not', id: 'right-erasure', expected: 'missing', text: joinLines('# Datenschutz', '', DE, '', '## Kann ich vorbeikommen?', '', 'Ja. Eine kurze E-Mail genügt, dann entfernen wir den Termin.') },
  ];
  runCases('de', cases);
});

describe('Session 9 wordings in French', () => {
  const cases: Case[] = [
    { name: '"sur le seul fondement d\'un traitement automatisé" answers automated decisions', id: 'automated-decisions', expected: 'present', text: joinLines('# Confidentialité', '', FR, "Aucune décision vous concernant n'est prise sur le seul fondement d'un traitement automatisé.") },
    { name: '"Le seul fondement de ce traitement est votre consentement" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Confidentialité', '', FR, 'Le seul fondement de ce traitement est votre consentement.') },
    { name: '"En installant l\'application, vous acceptez" infers consent from installing', id: 'implied-consent', expected: 'problem', text: joinLines('# Confidentialité', '', FR, "En installant l'application, vous acceptez la présente politique de confidentialité.") },
    { name: '"En installant l\'application, vous recevez nos alertes" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Confidentialité', '', FR, "En installant l'application, vous recevez nos alertes.") },
    { name: 'A heading "Puis-je supprimer mes données ?" heads a rights section', id: 'right-erasure', expected: 'present', text: joinLines('# Confidentialité', '', FR, '', '## Puis-je supprimer mes données ?', '', 'Oui : écrivez-nous et nous effacerons tout.') },
    { name: 'A period in a table headed "Durée de conservation" is a retention period', id: 'retention', expected: 'present', text: joinLines('# Confidentialité', '', FR, '', '## Finalités et bases légales', '', '| Finalité | Base légale | Durée de conservation |', '|---|---|---|', "| Gérer votre compte | Exécution du contrat | Durée de l'abonnement, puis 3 ans |") },
    { name: 'The same row in a table headed "Destinataires" is not', id: 'retention', expected: 'missing', text: joinLines('# Confidentialité', '', FR, '', '## Finalités et bases légales', '', '| Finalité | Base légale | Destinataires |', '|---|---|---|', "| Gérer votre compte | Exécution du contrat | Durée de l'abonnement, puis 3 ans |") },
    { name: '"les conserver sans les utiliser" describes restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Confidentialité', '', FR, 'Vous pouvez nous demander de conserver vos données sans les utiliser pendant la vérification.') },
    { name: '"conserver vos factures" alone does not', id: 'right-restriction', expected: 'missing', text: joinLines('# Confidentialité', '', FR, 'Vous pouvez nous demander de conserver vos factures au format papier.') },
    { name: 'A heading "Puis-je venir sur place ?" does not', id: 'right-erasure', expected: 'missing', text: joinLines('# Confidentialité', '', FR, '', '## Puis-je venir sur place ?', '', 'Oui : écrivez-nous et nous effacerons le rendez-vous.') },
  ];
  runCases('fr', cases);
});
