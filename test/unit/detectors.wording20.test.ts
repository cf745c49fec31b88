/**
 * Wordings met in the English notices written in session 13 (a freelance web designer writing "I",
 * a junior football club's summer camp writing to parents, a driving instructor in numbered plain-text
 * sections), each beside its near miss: access as "ask me what I've got on you" and "You've got the
 * right to see your data", rights stated for "Parents", "let us know and we'll update it", a contract as
 * "because we've got a contract", consent inferred as "I'll assume you're OK with that" and "we'll take it
 * that you're happy", purposes under "What it's for", "We don't pass anything on to anyone else, except
 * to ..."; then, from two notices written after those fixes (a tattoo studio, a personal trainer), a legal
 * obligation and requirement as "because the council licence ... requires them", "I won't be able to train you
 * without", purposes as "So I can ...", "as soon as you stop training with me", "Stripe, which is a US company",
 * "paid by card through Square", officers who "can inspect our records", "Who else sees it?"; and from a window cleaner's notice, "WHAT FOR" and "what we've got on file about you".
 * The sentences are written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

const WHO = 'Tom Carver, 4 Mill Lane, Leeds LS6 2AB, hello@carver.example.';

describe('Session 13 wordings, English', () => {
  const cases: Case[] = [
    { name: '"You can ask me what I\'ve got on you" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, "You can ask me what I've got on you, just drop me an email.") },
    { name: '"You can ask me what I\'ve got in stock" is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, "You can ask me what I've got in stock, just drop me an email.") },
    { name: '"You\'ve got the right to see your data" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, "You've got the right to see your data and to have it corrected.") },
    { name: '"Your coach has the right to see your licence" is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Your coach has the right to see your licence before the first lesson.') },
    { name: '"Parents can ... ask us to delete it" states erasure for the reader', id: 'right-erasure', expected: 'present', text: joinLines('# Privacy', '', EN, 'Parents can ask to see what we hold about their child at any time, or ask us to delete it.') },
    { name: '"Coaches can ask us to delete old photos" does not', id: 'right-erasure', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Coaches can ask us to delete old team photos from the group chat.') },
    { name: '"let us know and we\'ll update it" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacy', '', EN, "If anything changes (new phone number, new allergy) let us know and we'll update it.") },
    { name: '"let us know and we\'ll update you on the fixtures" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy', '', EN, "If the pitch is closed, let us know and we'll update you on the fixtures.") },
    { name: '"that\'s because we\'ve got a contract" states a contract as the basis', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, "I use your details to build your site. Mostly that's because we've got a contract, even if it's just an email saying go ahead.") },
    { name: '"because we have a contract with our hosting provider" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'I use your details to build your site. Your files are safe because we have a contract with our hosting provider.') },
    { name: '"If you keep browsing I\'ll assume you\'re OK with that" infers consent from use', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy', '', EN, "I use Google Analytics cookies to count visitors. If you keep browsing I'll assume you're OK with that.") },
    { name: '"we\'ll take it that you\'re happy" after an unticked box infers consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy', '', EN, "If you don't tick the \"no photos\" box on the form, we'll take it that you're happy for your child to appear in them.") },
    { name: '"we\'ll take it that you\'re coming" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy', '', EN, "If you don't cancel by Friday, we'll take it that you're coming to the camp.") },
    { name: '"What it\'s for" over a sentence of purposes states them', id: 'purposes', expected: 'present', text: joinLines('PRIVACY INFO', '', WHO, '', '3. What it\'s for', 'Booking and running your lessons, keeping a note of your progress, and taking payment.') },
    { name: '"What to bring" over a sentence does not', id: 'purposes', expected: 'missing', text: joinLines('PRIVACY INFO', '', WHO, '', '3. What to bring', 'Your provisional licence, glasses if you wear them, and comfortable shoes.') },
    { name: '"We don\'t pass anything on to anyone else, except to paramedics" answers recipients', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, "We don't pass anything on to anyone else, except to paramedics or a hospital if there's an emergency.") },
    { name: '"Please pass the ball on to the next player" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Please pass the ball on to the next player in the drill.') },
    // From the two written after those fixes (a tattoo studio under bold lines, a personal trainer writing "I").
    { name: '"because the council licence for the studio requires them" states a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, 'We need the ID check and the form because the council licence for the studio requires them.') },
    { name: '"because the licence allows it" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use your details to book your session. We open on Sundays because the licence allows it.') },
    { name: '"We need ... because the council licence ... requires them" is a legal requirement to provide', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, 'We need the ID check and the form because the council licence for the studio requires them.') },
    { name: '"We keep the form because the council licence requires it" is not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We keep the form because the council licence requires it.') },
    { name: '"I ask for your explicit consent on the form ... I won\'t be able to train you without" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, "For the health questionnaire I ask for your explicit consent on the form. You can withdraw it whenever you like, but I won't be able to train you without an up-to-date questionnaire.") },
    { name: '"I won\'t be able to reply on Sundays" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, "Message me about bookings. I won't be able to reply on Sundays.") },
    { name: '"So I can plan sessions ..." states purposes', id: 'purposes', expected: 'present', text: joinLines('PRIVACY', '', WHO, '', 'Why', 'So I can plan sessions that are safe, keep in touch about bookings, and take payment for your package.') },
    { name: '"Also, I can train you at home" does not', id: 'purposes', expected: 'missing', text: joinLines('PRIVACY', '', WHO, '', 'Where', 'Also, I can train you at home or in the park.') },
    { name: '"I delete progress photos as soon as you stop training with me" gives an ending event', id: 'retention', expected: 'present', text: joinLines('# Privacy', '', EN, 'I delete progress photos as soon as you stop training with me.') },
    { name: '"Tell me as soon as you stop feeling well" does not', id: 'retention', expected: 'missing', text: joinLines('# Privacy', '', EN, 'I keep your progress photos. Tell me as soon as you stop feeling well during a session.') },
    { name: '"Stripe, which is a US company" is a transfer (with no safeguard)', id: 'transfer-safeguards', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Payments go through Stripe, which is a US company.') },
    { name: '"Payments go through Stripe" alone is not', id: 'transfer-safeguards', expected: 'not-applicable', text: joinLines('# Privacy', '', EN, 'Payments go through Stripe.') },
    { name: '"Deposits are paid by card through Square" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, 'Deposits are paid by card through Square.') },
    { name: '"Deposits are paid by card on the day" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Deposits are paid by card on the day.') },
    { name: '"environmental health officers can inspect our records" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, "The council's environmental health officers can inspect our records when they visit.") },
    { name: '"You can inspect our hygiene rating online" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can inspect our hygiene rating online.') },
    { name: '"No one." under "Who else sees it?" answers recipients', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, '', '## Who else sees it?', '', 'No one.') },
    { name: '"No one." under "What else we keep" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, '', '## What else we keep', '', 'No one.') },
    // From the window cleaner's notice written after all those fixes.
    { name: '"WHAT FOR" over a sentence of purposes states them', id: 'purposes', expected: 'present', text: joinLines('PRIVACY', '', WHO, '', 'WHAT FOR', 'To put you on the round, text you the day before we come, and sort out payment.') },
    { name: '"WHAT TO EXPECT" over a sentence does not', id: 'purposes', expected: 'missing', text: joinLines('PRIVACY', '', WHO, '', 'WHAT TO EXPECT', 'To put it simply, we turn up, clean and go.') },
    { name: '"ask us what we\'ve got on file about you" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, "You can ask us what we've got on file about you.") },
    { name: '"ask us what we\'ve got on file for gutters" is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, "You can ask us what we've got on file for gutter cleaning prices.") },
  ];
  runCases('en', cases);
});
