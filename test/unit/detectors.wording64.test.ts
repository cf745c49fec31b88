/**
 * Session 21 (acc-en12): English wordings that notices written blind taught (a coworking space's
 * patched old notice, a campsite's cookie text grown into a notice, a tree surgeon writing in the
 * first person). What the controller does next, in the paragraph of a right put to the reader,
 * belongs to the rights it describes ("You can ask me what I've got on you. I'll correct anything
 * that's wrong, and delete ..."; context.ts inRightsContext, in every language), unless it gives a
 * period of its own ("We delete them two years after you leave" says how long, not a right); and
 * consent given in the contracted "you've given us your consent". Then, from a second batch
 * written after those fixes (a scout group, a nail bar), the consequence of not providing data
 * told as a refusal: "We won't do lash extensions without a patch test and a filled-in card";
 * and from a third (a home care agency, a coach tour operator's booking conditions) what is "up to
 * you", "it'll be changed", consent inferred "By making a booking you consent to your information
 * being used", a purpose "To book a holiday we need ..."; and from a fourth (a cleaning firm, a
 * mortgage adviser) "what we've got on record for you", "if anything needs changing", "Prefer
 * us to forget you completely?", "for as long as the rules say"; and from a fifth (a swim school's
 * table, a community cinema) "So the teacher knows what to do", "We can't put a child in the water
 * without a completed medical form", "our ticketing company", "as a charitable trust we must keep a
 * register of members" (a legal obligation given with what the controller is, as "As a registered
 * pharmacy we have to keep proper records"), and "you consented" (the consent cues of "you consent",
 * "you have consented" and "if you consented" merged into one).
 * The sentences are written for these tests.
 */
import { DE, EN, joinLines, runCases, type Case } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy', '', EN, '', 'Harlow Gardens Ltd, 3 Mill Lane, Bexford BX2 4LT.', '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutz', '', DE, '', 'Malerbetrieb Kranz, Hauptstraße 4, 12345 Lindau.', '', ...lines);

describe('Session 21 English wordings (acc-en12)', () => {
  const cases: Case[] = [
    // the controller's promise after a right put to the reader, in the same paragraph
    { name: '"I will correct anything that turns out to be wrong" after "You can ask me what I hold" is rectification', id: 'right-rectification', expected: 'present', text: en('I use your address to plan the visit. You can ask me what I hold about you whenever you like. I will correct anything that turns out to be wrong.') },
    { name: '"We\'ll gladly delete whatever we no longer need" after "You can ask to see" is erasure', id: 'right-erasure', expected: 'present', text: en('We use your details to run the club. You can ask to see the information we hold about you. We\'ll gladly delete whatever we no longer need.') },
    { name: 'a German promise after "Sie können ... fragen, welche Daten" is rectification', id: 'right-rectification', expected: 'present', text: de('Wir nutzen Ihre Adresse für das Angebot. Sie können jederzeit fragen, welche Daten wir über Sie haben. Fehler korrigieren wir sofort.') },
    // near misses: a period of its own, or a sentence before it that states no right
    { name: '"We delete them two years after you leave" after a right is a period, not erasure', id: 'right-erasure', expected: 'missing', text: en('We use your details to run the club. You can ask for a copy of the information we hold about you. We delete them two years after you leave.') },
    { name: '"We correct the invoice numbers" after "You can phone us on weekdays" is no rectification', id: 'right-rectification', expected: 'missing', text: en('We use your details to send invoices. You can phone us on weekdays. We correct the invoice numbers every quarter.') },
    { name: 'a promise in the next paragraph is not read with the right', id: 'right-erasure', expected: 'missing', text: en('We use your details to run the club. You can ask to see the information we hold about you.', '', 'We remove old photos from the noticeboard.') },
    // consent given, contracted
    { name: '"if you\'ve given us your consent" states consent', id: 'legal-basis', expected: 'present', text: en('We send you our seasonal offers by email, but only if you\'ve given us your consent when booking.') },
    { name: '"where you\'ve consented" states it', id: 'legal-basis', expected: 'present', text: en('We put your photo on our website where you\'ve consented to that on the form.') },
    { name: '"if you\'ve given us your address" does not', id: 'legal-basis', expected: 'missing', text: en('We send you our seasonal offers by post if you\'ve given us your address when booking.') },
    // the consequence told as a refusal: "We won't ... without a filled-in card"
    { name: '"We won\'t colour your hair without a filled-in consultation form" states the consequence', id: 'statutory-requirement', expected: 'present', text: en('We use your details to book your appointment. We won\'t colour your hair without a filled-in consultation form.') },
    { name: '"we will not start the lessons without a signed medical form" does', id: 'statutory-requirement', expected: 'present', text: en('We use your details to book your lessons, and we will not start the lessons without a signed medical form.') },
    { name: '"We won\'t share your details without your permission" does not', id: 'statutory-requirement', expected: 'missing', text: en('We use your details to book your appointment. We won\'t share your details without your permission.') },
    // third batch (a home care agency, a coach tour operator's booking conditions)
    { name: '"Some details, like your nickname, are up to you" says what is voluntary', id: 'statutory-requirement', expected: 'present', text: en('We use your details to plan your visits. Some details, like your nickname or your hobbies, are up to you.') },
    { name: '"We leave it up to you to tell us about changes" does not', id: 'statutory-requirement', expected: 'missing', text: en('We use your details to plan your visits. We leave it up to you to tell us about changes.') },
    { name: '"If a detail is wrong, tell the office and it\'ll be updated" is rectification', id: 'right-rectification', expected: 'present', text: en('We use your details to plan your visits.', '', '## Can I see my file?', '', 'Yes, ask the office for a copy. If a detail is wrong, tell the office and it\'ll be updated.') },
    { name: '"it\'ll be sent to you by post" is not', id: 'right-rectification', expected: 'missing', text: en('We use your details to plan your visits.', '', '## Can I see my file?', '', 'Yes, ask the office for a copy and it\'ll be sent to you by post.') },
    { name: '"By making a booking you consent to your personal data being processed" is implied consent', id: 'implied-consent', expected: 'problem', text: en('We use your details to arrange your trip. By making a booking you consent to your personal data being processed as set out here.') },
    { name: '"By making a booking you agree to your details being used" is', id: 'implied-consent', expected: 'problem', text: en('We use your details to arrange your trip. By making a booking you agree to your details being used for it.') },
    { name: '"Before making a booking you can ask us how your data is used" is not', id: 'implied-consent', expected: 'none', text: en('We use your details to arrange your trip. Before making a booking you can ask us how your data is being used.') },
    { name: '"To book a table we need your name and number" states a purpose', id: 'purposes', expected: 'present', text: joinLines('Harlow Gardens Ltd, 3 Mill Lane, Bexford BX2 4LT.', '', '1. To book a table we need your name and phone number.') },
    // fourth batch (a cleaning firm, a mortgage adviser)
    { name: '"ask us what we\'ve got on file for you" is access', id: 'right-access', expected: 'present', text: en('We use your details to plan your cleans. You\'re welcome to ask us what we\'ve got on file for you.') },
    { name: '"ask us what we\'ve got planned for you" is not', id: 'right-access', expected: 'missing', text: en('We use your details to plan your cleans. You\'re welcome to ask us what we\'ve got planned for the summer.') },
    { name: '"if anything needs changing, tell us" is rectification', id: 'right-rectification', expected: 'present', text: en('We use your details to plan your cleans. You can ask what we hold, and if anything needs changing just tell us.') },
    { name: '"Want us to forget you? Say so and we will." is erasure', id: 'right-erasure', expected: 'present', text: en('We use your details to plan your cleans. You can ask us what we hold about you. Want us to forget you altogether? Say so and we will.') },
    { name: '"we keep your file for as long as the rules say" is a criterion', id: 'retention', expected: 'present', text: en('We use your details to give you advice. We keep your file for as long as the rules say.') },
    { name: '"Remember to tell us about new pets, so we never forget them" after a right is not erasure', id: 'right-erasure', expected: 'missing', text: en('We use your details to plan your cleans. You can ask us what we hold about you. Remember to tell us about new pets, so we never forget them.') },
    // fifth batch (a swim school's table, a community cinema)
    { name: '"so the coach knows what to do" states a purpose', id: 'purposes', expected: 'present', text: joinLines('Harlow Gardens Ltd, 3 Mill Lane, Bexford BX2 4LT.', '', '| What | Why |', '|---|---|', '| Medical notes | So the coach knows what to do if your child is unwell |') },
    { name: '"We can\'t let a child on the pitch without a signed medical form" states the consequence', id: 'statutory-requirement', expected: 'present', text: en('We use your details to run the club. We can\'t let a child on the pitch without a signed medical form.') },
    { name: '"We can\'t let a child on the pitch without boots and a gum shield" does not', id: 'statutory-requirement', expected: 'missing', text: en('We use your details to run the club. We can\'t let a child on the pitch without boots and a gum shield.') },
    { name: '"our ticketing company, Seatly, which takes the payment" is a recipient', id: 'recipients', expected: 'present', text: en('We use your email to send your ticket. We get your name and email from our ticketing company, Seatly, which takes the payment.') },
    { name: '"As a registered charity we must keep a register of members" is a legal obligation', id: 'legal-basis', expected: 'present', text: en('We keep a list of Friends with their names and addresses. As a registered charity we must keep a register of members.') },
    { name: '"As a small club we try to keep costs down" is not', id: 'legal-basis', expected: 'missing', text: en('We keep a list of members with their names and addresses. As a small club we try to keep costs down.') },
    { name: '"Updated for the 2024-25 season" dates the notice', id: 'last-updated', expected: 'present', text: en('We use your email to send your ticket.', '', 'Updated for the 2024-25 season') },
    { name: '"Updated for new members" does not', id: 'last-updated', expected: 'missing', text: en('We use your email to send your ticket.', '', 'Updated for new members') },
    // a guard for the merged consent cues (read before as well)
    { name: '"if you consented on the form" states consent', id: 'legal-basis', expected: 'present', text: en('We put your photo on our website only if you consented to that on the form.') },
  ];
  runCases('en', cases.filter((c) => !c.text.includes('# Datenschutz')));
  runCases('de', cases.filter((c) => c.text.includes('# Datenschutz')));
});
