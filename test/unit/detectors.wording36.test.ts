/**
 * Keeping data for as long as a stated task needs, in English, Dutch and German: "as long as necessary to resolve
 * your request" ends with the request, as "until your request is resolved" does, and as the French table has read
 * "le temps nécessaire à la gestion de votre demande" since session 12; each beside its near miss ("as long as
 * necessary" alone, or for the notice's purposes in general, stays vague). Also the German "bis Sie Ihr Konto
 * schließen", an ending event like "bis Sie Ihr Konto löschen". The sentences are written for these tests.
 */
import { DE, EN, joinLines, NL, runCases, type Case } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, ...lines);
const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, ...lines);

describe('A stated task as the end of keeping data', () => {
  runCases('en', [
    { name: '"support tickets are stored for as long as necessary to resolve your request" after an account clause is no vague period', id: 'vague-retention', expected: 'none', text: en('We use your account details to run your account.', '', 'Account data is kept until you close your account, and support tickets are stored for as long as necessary to resolve your request.') },
    { name: '"We keep your messages as long as needed to deal with your enquiry" is no vague period', id: 'vague-retention', expected: 'none', text: en('We use your e-mail address to answer you.', '', 'We keep your messages as long as needed to deal with your enquiry.') },
    { name: '"... for as long as necessary for our purposes" is', id: 'vague-retention', expected: 'problem', text: en('We use your e-mail address to answer you.', '', 'We keep your messages for as long as necessary for our purposes.') },
    { name: '"... for as long as necessary to resolve your request" gives the retention item its criterion', id: 'retention', expected: 'present', text: en('We use your e-mail address to answer you.', '', 'We keep your messages for as long as necessary to resolve your request.') },
  ] satisfies Case[]);
  runCases('nl', [
    { name: '"supporttickets bewaren we zo lang als nodig is om je vraag af te handelen" is geen vage termijn', id: 'vague-retention', expected: 'none', text: nl('We gebruiken je accountgegevens om je account te beheren.', '', 'Accountgegevens bewaren we tot je je account opheft, en supporttickets bewaren we zo lang als nodig is om je vraag af te handelen.') },
    { name: '"We bewaren je bericht zolang dat nodig is voor de afhandeling van je klacht" is geen vage termijn', id: 'vague-retention', expected: 'none', text: nl('We gebruiken je e-mailadres om je te antwoorden.', '', 'We bewaren je bericht zolang dat nodig is voor de afhandeling van je klacht.') },
    { name: '"We bewaren je bericht zo lang als nodig is voor onze doeleinden" is wel vaag', id: 'vague-retention', expected: 'problem', text: nl('We gebruiken je e-mailadres om je te antwoorden.', '', 'We bewaren je bericht zo lang als nodig is voor onze doeleinden.') },
  ] satisfies Case[]);
  runCases('de', [
    { name: '"Supporttickets speichern wir so lange, wie es zur Bearbeitung Ihrer Anfrage erforderlich ist" ist keine vage Frist', id: 'vague-retention', expected: 'none', text: de('Wir verwenden Ihre Kontodaten, um Ihr Konto zu führen.', '', 'Kontodaten speichern wir, bis Sie Ihr Konto löschen, und Supporttickets speichern wir so lange, wie es zur Bearbeitung Ihrer Anfrage erforderlich ist.') },
    { name: '"... so lange, wie es für unsere Zwecke erforderlich ist" ist vage', id: 'vague-retention', expected: 'problem', text: de('Wir verwenden Ihre E-Mail-Adresse, um Ihnen zu antworten.', '', 'Ihre Nachrichten speichern wir so lange, wie es für unsere Zwecke erforderlich ist.') },
    { name: '"Kontodaten speichern wir, bis Sie Ihr Konto schließen" nennt ein Kriterium', id: 'retention', expected: 'present', text: de('Wir verwenden Ihre Kontodaten, um Ihr Konto zu führen.', '', 'Kontodaten speichern wir, bis Sie Ihr Konto schließen.') },
    { name: '"Kontodaten speichern wir; warten Sie, bis Sie die Bestätigung sehen, und schließen Sie das Fenster" nennt keines', id: 'retention', expected: 'missing', text: de('Wir verwenden Ihre Kontodaten, um Ihr Konto zu führen.', '', 'Kontodaten speichern wir auf unserem Server; warten Sie nach der Anmeldung, bis Sie die Bestätigung sehen, und schließen Sie dann das Fenster.') },
  ] satisfies Case[]);
});
