/**
 * Wordings met in the English notices written in session 13 (a freelance web designer writing "I",
 * a junior football club's summer camp writing to parents, a driving instructor in numbered plain-text
 * sections), each beside its near miss: access as "ask me what I've got on you" and "You've got the
 * right to see your data", rights stated for "Parents", "let us know and we'll update it", a contract as
 * "because we've got a contract", consent inferred as "I'll assume you're OK with that" and "we'll take it
 * that you're happy", purposes under "What it's for", "We don't pass anything on to anyone else, except
 * to ...". The sentences are written for these tests.
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
  ];
  runCases('en', cases);
});
