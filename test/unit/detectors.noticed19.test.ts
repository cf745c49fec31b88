/**
 * Accuracy defects noticed in session 18 and fixed in session 19, each as a general rule, each
 * case beside its near miss. The sentences are written for these tests.
 *
 * 1. Markdown with HTML character references ("L&ouml;schung", "acc&egrave;s", "Smith &amp; Jones",
 *    "&nbsp;", "&#233;"), as web editors export it, is read decoded in every language: the reading
 *    text of a Markdown block with a '&' has its references read as blankMarkup reads those of an
 *    HTML block (html.ts, tags left alone: Markdown's '<' is its own), the spaces a reference leaves
 *    inside a word moved before the word (closeGaps), so every offset still points at the source.
 *    A heading's span starts at its first word in the source even when that word was closed up (a
 *    reference or a soft hyphen in it). Code blocks keep their references as written.
 */
import * as assert from 'node:assert/strict';
import { buildModel } from '../../server/src/service/document';
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);

describe('Session 19: Markdown character references are read decoded', () => {
  runCases('de', [
    { name: '"Recht auf L&ouml;schung" names erasure', id: 'right-erasure', expected: 'present', text: de('## Mehr', '', 'Sie haben das Recht auf L&ouml;schung Ihrer Daten.') },
    { name: '"Daten&uuml;bertragbarkeit" names portability', id: 'right-portability', expected: 'present', text: de('## Mehr', '', 'Sie haben das Recht auf Daten&uuml;bertragbarkeit.') },
    { name: '"Einschr&auml;nkung der Verarbeitung" names restriction', id: 'right-restriction', expected: 'present', text: de('## Mehr', '', 'Sie k&ouml;nnen die Einschr&auml;nkung der Verarbeitung verlangen.') },
    { name: '"bei einer Aufsichtsbeh&ouml;rde beschweren" names the complaint', id: 'right-complaint', expected: 'present', text: de('## Mehr', '', 'Sie k&ouml;nnen sich bei einer Aufsichtsbeh&ouml;rde beschweren.') },
    { name: '"Der L&ouml;schweg f&uuml;r Abf&auml;lle" is no erasure', id: 'right-erasure', expected: 'missing', text: de('## Mehr', '', 'Der L&ouml;schweg f&uuml;r Abf&auml;lle ist kurz.') },
    { name: 'An indented code block keeps "L&ouml;schung" as written', id: 'right-erasure', expected: 'missing', text: de('## Mehr', '', '    Recht auf L&ouml;schung') },
  ]);
  runCases('fr', [
    { name: '"droit d&#8217;acc&egrave;s" names access', id: 'right-access', expected: 'present', text: fr('## Autres', '', 'Vous disposez d&rsquo;un droit d&#8217;acc&egrave;s à vos données.') },
    { name: '"un acc&egrave;s au parking" is no right of access', id: 'right-access', expected: 'missing', text: fr('## Autres', '', 'Nos visiteurs ont un acc&egrave;s au parking.') },
  ]);
  runCases('en', [
    { name: '"We&nbsp;object to spam" stays no right to object', id: 'right-object', expected: 'missing', text: en('## More', '', 'We&nbsp;object to spam.') },
    { name: '"You&#8217;re entitled to a copy of the personal&nbsp;data" names access (before and after)', id: 'right-access', expected: 'present', text: en('## More', '', 'You&#8217;re entitled to a copy of the personal&nbsp;data we hold about you.') },
  ]);
  runCases('nl', [
    { name: '"bezwaar&nbsp;maken" names the objection (before and after)', id: 'right-object', expected: 'present', text: nl('## Meer', '', 'U kunt bezwaar&nbsp;maken tegen het gebruik van uw gegevens.') },
  ]);

  it('reads the references decoded while every offset stays in the source', () => {
    const text = joinLines('# Datenschutzerkl&auml;rung', '', 'Smith &amp; Jones&nbsp;GmbH l&ouml;scht. R&D bleibt.', '', '> Zitat &uuml;ber', '', '    code &amp;');
    const m = buildModel(text, 'markdown');
    assert.equal(m.reading.length, text.length);
    assert.equal(m.sections[0]!.title, 'Datenschutzerklärung');
    assert.equal(text.slice(m.sections[0]!.titleStart, m.sections[0]!.titleEnd), 'Datenschutzerkl&auml;rung');
    const words = m.sentences.map((s) => m.reading.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
    assert.ok(words.includes('Smith & Jones GmbH löscht.'), words.join(' | '));
    assert.ok(words.includes('R&D bleibt.'), words.join(' | '));
    assert.ok(words.includes('Zitat über'), words.join(' | '));
    assert.ok(m.reading.endsWith('code &amp;'));
  });

  it('starts a heading\'s span at its first word when a soft hyphen in it was closed up', () => {
    const text = joinLines('# Daten\u00ADschutz', '', 'Text.');
    const m = buildModel(text, 'markdown');
    assert.equal(text.slice(m.sections[0]!.titleStart, m.sections[0]!.titleEnd), 'Daten\u00ADschutz');
  });
});

/*
 * 2. A Markdown heading whose marks are followed by a no-break space ("##\u00A0Speicherdauer", as
 *    an editor pastes it) is a heading, as a user who sees "## Speicherdauer" expects (CommonMark
 *    wants a space or a tab): markdown-it's normalize rule (document.ts) makes that one no-break
 *    space a space, so the text keeps its length and every range its place. A '#' in running text
 *    followed by a no-break space is no heading.
 */
describe('Session 19: "##" and a no-break space open a heading', () => {
  const R = 'retention';
  runCases('en', [
    { name: '"##\\u00A0How long we keep it" heads the retention period', id: R, expected: 'present', text: en('##\u00A0How long we keep it', '', 'Three years after your last order.') },
    { name: 'Without the heading "Three years after your last order" says nothing of keeping', id: R, expected: 'missing', text: en('## Orders', '', 'Three years after your last order.') },
  ]);
  runCases('nl', [
    { name: '"##\\u00A0Bewaartermijn" kondigt de bewaartermijn aan', id: R, expected: 'present', text: nl('##\u00A0Bewaartermijn', '', 'Drie jaar na het einde van de overeenkomst.') },
  ]);
  runCases('de', [
    { name: '"##\\u00A0Speicherdauer" kündigt die Speicherdauer an', id: R, expected: 'present', text: de('##\u00A0Speicherdauer', '', 'Drei Jahre nach Vertragsende.') },
  ]);
  runCases('fr', [
    { name: '"##\\u00A0Durée de conservation" annonce la durée', id: R, expected: 'present', text: fr('##\u00A0Durée de conservation', '', 'Trois ans après la fin du contrat.') },
  ]);

  it('keeps the outline and the ranges in place', () => {
    const text = joinLines('# Privacy', '', '##\u00A0Your rights', '', 'Text here.', '', 'A #\u00A0b.');
    const m = buildModel(text, 'markdown');
    assert.deepEqual(m.sections.map((s) => [s.level, text.slice(s.titleStart, s.titleEnd)]), [[1, 'Privacy'], [2, 'Your rights']]);
    assert.equal(m.reading.length, text.length);
  });
});

/*
 * 3. Dutch: the right to object said in a clause, "tenzij u zich daartegen verzet", "tenzij je
 *    bezwaar maakt", "tenzij u daar bezwaar tegen maakt" (nl rights.named.object: 'tenzij (u|je)
 *    (\S+ ){0,3}(verzet|bezwaar)'), as the sloppy set reads it (nl-basisschool-de-regenboog). An
 *    opt-out in other words ("tenzij je laat weten dat je dat niet wilt") stays none, as the set
 *    reads it (nl-rommelmarkt-oranjewijk).
 */
describe('Session 19: "tenzij u zich daartegen verzet" tells of the objection', () => {
  const O = 'right-object';
  runCases('nl', [
    { name: '"tenzij u zich daartegen verzet" names the objection', id: O, expected: 'present', text: nl('## Andere school', '', 'We geven het dossier door aan de nieuwe school, tenzij u zich daartegen verzet.') },
    { name: '"tenzij je bezwaar maakt" names the objection', id: O, expected: 'present', text: nl('## Nieuwsbrief', '', 'We sturen je onze nieuwsbrief, tenzij je bezwaar maakt.') },
    { name: '"tenzij u daar bezwaar tegen maakt" names the objection', id: O, expected: 'present', text: nl('## Huisarts', '', 'Na afloop sturen we uw huisarts een verslag, tenzij u daar bezwaar tegen maakt.') },
    { name: '"tenzij je laat weten dat je dat niet wilt" is an opt-out, no objection', id: O, expected: 'missing', text: nl('## Markt', '', 'We zetten je naam op de lijst, tenzij je laat weten dat je dat niet wilt.') },
    { name: '"geen bezwaar open, tenzij de wet ..." is no objection of the reader', id: O, expected: 'missing', text: nl('## Besluiten', '', 'Tegen dit besluit staat geen bezwaar open, tenzij de wet dat anders regelt.') },
  ]);
});

/*
 * 4. German in own words: consent as "Aufgenommen wird nur, wer das ausdrücklich möchte" (de
 *    basis consent: 'nur,? (wer|wenn) (\S+ ){0,4}ausdrücklich (möcht|will|woll)\w*'), withdrawal as
 *    "wenn Sie das nicht mehr möchten" (de withdrawConsent: 'wenn (Sie|du|ihr) (das|dies|es) nicht
 *    mehr (möcht|woll|willst)\w*', the pronoun standing for what was agreed; "wenn Sie das Produkt
 *    nicht mehr möchten" is a return), both as the sloppy set reads them (de-elternbeirat-grundschule-am-see,
 *    de-naturheilpraxis-lindgruen), and a denial "Eine nachträgliche Auskunft ... ist deshalb nicht
 *    möglich" (de negationFinal.closer: 'nicht möglich' ends a clause as 'nicht' does), as
 *    de-umfrage-masterarbeit-pendeln reads it. "Eine Löschung ist nicht möglich, solange ..." was
 *    read as a limit over a comma that kept the right; since session 21 (detectors.noticed21) the
 *    negation ends its clause at the comma and denies it, as the sloppy set reads "Löschen kann ich
 *    die Einträge leider nicht, solange ..." (de-schornsteinfeger-russ: no right to erasure).
 */
describe('Session 19: German consent, withdrawal and denial in own words', () => {
  runCases('de', [
    { name: '"Aufgenommen wird nur, wer das ausdrücklich möchte" is consent', id: 'legal-basis', expected: 'present', text: de('## WhatsApp-Gruppe', '', 'In die Gruppe aufgenommen wird nur, wer das ausdrücklich möchte.') },
    { name: '"nur, wenn Eltern das ausdrücklich wollen" is consent', id: 'legal-basis', expected: 'present', text: de('## Fotos', '', 'Fotos veröffentlichen wir nur, wenn Eltern das ausdrücklich wollen.') },
    { name: '"Wir möchten ausdrücklich darauf hinweisen" is no basis', id: 'legal-basis', expected: 'missing', text: de('## WhatsApp-Gruppe', '', 'Wir möchten ausdrücklich darauf hinweisen, dass die Gruppe privat ist.') },
    { name: '"Wenn Sie das nicht mehr möchten, genügt eine kurze Nachricht" withdraws', id: 'right-withdraw-consent', expected: 'present', text: de('## Erinnerungen', '', 'Mit Ihrer Einwilligung erinnern wir Sie per SMS an Termine. Wenn Sie das nicht mehr möchten, genügt eine kurze Nachricht.') },
    { name: '"Sagen Sie mir einfach, wenn Sie das nicht mehr möchten" withdraws', id: 'right-withdraw-consent', expected: 'present', text: de('## Erinnerungen', '', 'Mit Ihrer Einwilligung erinnere ich Sie per SMS an Termine. Sagen Sie mir einfach, wenn Sie das nicht mehr möchten.') },
    { name: '"Wenn Sie das Produkt nicht mehr möchten, senden Sie es zurück" is a return', id: 'right-withdraw-consent', expected: 'missing', text: de('## Erinnerungen', '', 'Mit Ihrer Einwilligung erinnern wir Sie per SMS an Termine. Wenn Sie das Produkt nicht mehr möchten, senden Sie es zurück.') },
    { name: '"Eine nachträgliche Auskunft ... ist deshalb nicht möglich" denies access', id: 'right-access', expected: 'missing', text: de('## Ihre Rechte', '', 'Die Fragebögen werden anonym gespeichert. Eine nachträgliche Auskunft über einzelne Fragebögen ist deshalb nicht möglich.') },
    { name: '"Eine Auskunft über Ihre Daten ist jederzeit möglich" grants it', id: 'right-access', expected: 'present', text: de('## Ihre Rechte', '', 'Eine Auskunft über Ihre Daten ist jederzeit möglich.') },
    { name: '"Eine Löschung ist nicht möglich, solange die Frist läuft" denies the right (session 21)', id: 'right-erasure', expected: 'missing', text: de('## Ihre Rechte', '', 'Eine Löschung ist nicht möglich, solange die gesetzliche Frist läuft.') },
  ]);
});

/*
 * 5. English: "just ask" frames a right (en rights.frame), and "destroy"/"shred" are erasure words
 *    (en rights.described.erasure 'destroy\w*', 'shred\w*'), as the sloppy set reads "want your
 *    card destroyed ..., just ask" (en-brockley-mens-shed). A retention period ("forms are shredded
 *    a year after ...") is no right; "Just ask." alone names none. "we'll delete" was already read
 *    ("(we|I)('ll| will)" cues).
 */
describe('Session 19: "want your card destroyed, just ask" is erasure', () => {
  const E = 'right-erasure';
  runCases('en', [
    { name: '"want your card destroyed straight away, just ask" is erasure', id: E, expected: 'present', text: en('## Membership cards', '', 'If you leave and want your card destroyed straight away, just ask.') },
    { name: '"Hire forms are shredded a year after ..." is retention, no right', id: E, expected: 'missing', text: en('## Forms', '', 'Hire forms are shredded a year after the sling comes back.') },
    { name: '"Medical forms are destroyed the week after the race" is no right', id: E, expected: 'missing', text: en('## Forms', '', 'Medical forms are destroyed the week after the race.') },
    { name: '"Want to know more about our races? Just ask." names no right', id: 'right-access', expected: 'missing', text: en('## Races', '', 'Want to know more about our races? Just ask.') },
    { name: '"Ask and we\'ll delete your details" (before and after)', id: E, expected: 'present', text: en('## Your details', '', 'Ask and we\'ll delete your details.') },
  ]);
});

/*
 * 7. Dutch cues written with `\w` do match "ë" (cueSource turns `\w` into [\p{L}\p{N}_]): the
 *    misses noticed ("De patiënt mag ...") were frames, not `\w`. Kept as a check.
 */
describe('Session 19: `\\w` in Dutch cues takes "ë"', () => {
  runCases('nl', [
    { name: '"uw patiëntendossier zien" is access, as "uw klantendossier zien"', id: 'right-access', expected: 'present', text: nl('## Meer', '', 'U kunt uw patiëntendossier zien.') },
  ]);
});
