/**
 * German wordings met in session 17's second accuracy round (a moving company, a food truck and its
 * catering), each beside its near miss: "Mit der weiteren Nutzung der Seite bist du damit
 * einverstanden", "Wenn Sie nicht widersprechen, gehen wir davon aus, dass Ihnen das recht ist",
 * "Den Rest behalten wir, solange wir ihn brauchen", "Wer ist für die Daten zuständig?", "Mein Newsletter
 * kommt über Brevo" (and an online painting course), "Verantwortlich: <Name>", "müssen wir nach dem Mindestlohngesetz
 * aufschreiben", "Ohne Steuer-ID ... können wir Sie nicht anmelden" (a farm's notice for seasonal workers). The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

describe('Session 17 German wordings, second round', () => {
  const cases: Case[] = [
    // consent inferred from use, with "sind Sie / bist du einverstanden"
    { name: '"Durch die weitere Nutzung der Website sind Sie damit einverstanden" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Website', '', DE, 'Wir verwenden Cookies, um die Besuche auf unserer Website zu zählen. Durch die weitere Nutzung der Website sind Sie damit einverstanden.') },
    { name: '"Mit der Nutzung der App bist du mit der Auswertung einverstanden" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## App', '', DE, 'Wir werten aus, welche Funktionen der App oft benutzt werden. Mit der Nutzung der App bist du mit der Auswertung einverstanden.') },
    { name: '"Mit der Nutzung des Formulars sind Sie nicht verpflichtet" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Kontakt', '', DE, 'Wir beantworten Ihre Anfrage per E-Mail. Mit der Nutzung des Formulars sind Sie nicht verpflichtet, einen Vertrag zu schließen.') },
    { name: '"Wenn Sie einverstanden sind, kreuzen Sie das Kästchen an" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Newsletter', '', DE, 'Wir schicken einen Newsletter. Wenn Sie damit einverstanden sind, kreuzen Sie bei der Nutzung des Formulars das Kästchen an.') },
    // consent presumed from silence, "dass Ihnen das recht ist"
    { name: '"gehen wir davon aus, dass Ihnen das recht ist" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Fotos', '', DE, 'Wir zeigen Fotos vom Sommerfest auf unserer Website. Wenn Sie nichts sagen, gehen wir davon aus, dass Ihnen das recht ist.') },
    { name: '"gehen wir davon aus, dass dir das so recht ist" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## Bewertungen', '', DE, 'Nach dem Kurs schicken wir dir einen Link zu einer Bewertung. Meldest du dich nicht, gehen wir davon aus, dass dir das so recht ist.') },
    { name: '"Wir fragen, ob Ihnen das recht ist" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Fotos', '', DE, 'Wir zeigen Fotos vom Sommerfest auf unserer Website. Vorher fragen wir Sie, ob Ihnen das recht ist.') },
    // "solange wir sie brauchen"
    { name: '"Den Rest behalten wir, solange wir ihn brauchen" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Speicherdauer', '', DE, 'Wir verwenden Ihre Adresse für den Auftrag. Die übrigen Angaben behalten wir, solange wir sie brauchen.') },
    { name: '"Wir speichern die Daten, solange das Konto besteht" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Speicherdauer', '', DE, 'Wir verwenden Ihre Adresse für den Auftrag. Wir speichern die Daten, solange Ihr Kundenkonto besteht.') },
    { name: '"behalten wir zwei Jahre, solange wir sie für die Gewährleistung brauchen" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Speicherdauer', '', DE, 'Wir verwenden Ihre Adresse für den Auftrag. Die Auftragsdaten behalten wir zwei Jahre, solange wir sie für die Gewährleistung brauchen.') },
    // the controller as the one "zuständig" for the data
    { name: '"Wer ist für die Daten zuständig? Ich, <Name>, <Adresse>" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('## Wer ist für die Daten zuständig?', '', DE, 'Ich, Sabine Gruber, Gitarrenlehrerin, Lindengasse 12, 1070 Wien, E-Mail: post@gitarre-gruber.at') },
    { name: '"Für die Daten zuständig ist das Finanzamt" with no contact is not', id: 'controller-identity', expected: 'missing', text: joinLines('## Steuern', '', DE, 'Für die Daten in Ihrer Steuererklärung ist das Finanzamt zuständig.') },
    // the newsletter "kommt über / läuft über" a named service
    { name: '"Mein Newsletter kommt über Brevo" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Newsletter', '', DE, 'Wir schicken Neuigkeiten zu unseren Kursen. Unser Newsletter kommt über Brevo.') },
    { name: '"Die Rundschreiben laufen über Mailchimp" names one', id: 'recipients', expected: 'present', text: joinLines('## Rundschreiben', '', DE, 'Wir informieren die Mitglieder über Termine. Die Rundschreiben laufen über Mailchimp.') },
    { name: '"Der Newsletter kommt über das Jahr verteilt viermal" is not', id: 'recipients', expected: 'missing', text: joinLines('## Newsletter', '', DE, 'Wir schicken Neuigkeiten zu unseren Kursen. Der Newsletter kommt über das Jahr verteilt viermal.') },
    // "Verantwortlich:" as a label
    { name: '"Verantwortlich: <Name>, <Betrieb>, <Adresse>" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('Hinweise zum Datenschutz', '', DE, 'Verantwortlich: Petra Lang, Gärtnerei Lang, Feldweg 9, 31134 Hildesheim, Telefon 05121 44556') },
    { name: '"Für den Inhalt verlinkter Seiten sind wir nicht verantwortlich:" with no contact is not', id: 'controller-identity', expected: 'missing', text: joinLines('Hinweise zum Datenschutz', '', DE, 'Für den Inhalt verlinkter Seiten sind wir nicht verantwortlich: das sind deren Betreiber.') },
    // a legal obligation as "müssen wir nach dem ...gesetz"
    { name: '"Die Arbeitszeiten müssen wir nach dem Mindestlohngesetz aufschreiben" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Arbeitszeiten', '', DE, 'Wir notieren Ihre Arbeitszeiten. Die Arbeitszeiten müssen wir nach dem Mindestlohngesetz aufschreiben.') },
    { name: '"Die Teilnahme muss ich nach der Lebensmittelhygieneverordnung festhalten" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Schulungen', '', DE, 'Wir notieren, wer an der Hygieneschulung teilgenommen hat. Die Teilnahme muss ich nach der Lebensmittelhygieneverordnung festhalten.') },
    { name: '"müssen wir nach dem Umzug neu eintragen" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Adressen', '', DE, 'Wir notieren Ihre Adresse. Ihre Adresse müssen wir nach dem Umzug neu eintragen.') },
    // "Ohne Steuer-ID ... können wir Sie nicht"
    { name: '"Ohne Steuer-ID und Sozialversicherungsnummer können wir Sie nicht anmelden" is the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Anmeldung', '', DE, 'Für die Lohnabrechnung brauchen wir Ihre Steuer-ID. Ohne Steuer-ID und Sozialversicherungsnummer können wir Sie nicht anmelden.') },
    { name: '"Ohne Besucherausweis kommt man nicht ins Lager" is not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Zugang', '', DE, 'Für die Lohnabrechnung brauchen wir Ihre Steuer-ID. Ohne Besucherausweis kommt man nicht ins Lager.') },
  ];
  runCases('de', cases);
});
