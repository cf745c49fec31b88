/**
 * English phrasings from session 16's second round (an optician's page, a tradesperson's, a junior swimming club's):
 * "We need this to test your eyes" states a purpose; "Our lab sees your prescription" names a recipient; "only with
 * the customer's OK" and "if you've ticked yes on the consent form" are consent; a van's or vehicle's tracker is no
 * web tracker. Each beside its near miss. The sentences are written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, ...lines);

describe('Own-words phrasings in English, second round of session 16', () => {
  runCases('en', [
    { name: '"We need this to test your eyes and make up your glasses" states a purpose', id: 'purposes', expected: 'present', text: en('We keep your name, address and eye test results.', '', 'We need this to test your eyes and make up your glasses.') },
    { name: '"I need them to price the job" states a purpose', id: 'purposes', expected: 'present', text: en('I keep your name, address and the photos you send.', '', 'I need them to price the job.') },
    { name: '"We need this to be signed before the first lesson" states none', id: 'purposes', expected: 'missing', text: en('We keep your name and address on the form.', '', 'We need this to be signed before the first lesson.') },
    { name: '"You need this to log in" states none', id: 'purposes', expected: 'missing', text: en('We keep your name and a password on our server.', '', 'You need this to log in.') },
    { name: '"Our lab sees your prescription and frame measurements" names a recipient', id: 'recipients', expected: 'present', text: en('We keep your name and your prescription to make your glasses.', '', 'Our lab sees your prescription and frame measurements.') },
    { name: '"The club physio sees your medical notes" names a recipient', id: 'recipients', expected: 'present', text: en('We keep your name and medical notes to keep you safe at training.', '', 'The club physio sees your medical notes.') },
    { name: '"Who sees your test results?" over "Nobody is perfect" names none', id: 'recipients', expected: 'missing', text: en('We keep your name and test results to look after you.', '', '## Who sees your test results?', '', 'Nobody is perfect, but we try.') },
    { name: '"only with the customer\'s OK" is consent, so withdrawal is due', id: 'right-withdraw-consent', expected: 'missing', text: en('I keep your name and address to do the job.', '', 'I sometimes post photos of finished jobs, but only with the customer\'s OK.') },
    { name: '"only with your okay" is consent', id: 'legal-basis', expected: 'present', text: en('I keep your name and address to do the job.', '', 'I post photos of finished jobs only with your okay.') },
    { name: '"if you\'ve ticked yes on the consent form" is consent', id: 'legal-basis', expected: 'present', text: en('We keep your child\'s name and date of birth to run training.', '', 'We only take photos of your child if you\'ve ticked yes on the consent form.') },
    { name: '"Before any treatment you fill in our consent form" names no ground', id: 'legal-basis', expected: 'missing', text: en('We keep your name and date of birth to book your appointment.', '', 'Before any treatment you fill in our consent form.') },
    { name: '"if you tick the box" alone names no ground', id: 'legal-basis', expected: 'missing', text: en('We keep your name and email to send the newsletter.', '', 'We send it only if you tick the box.') },
    { name: '"My van has a tracker fitted by my insurer" is no web tracker', id: 'cookies', expected: 'not-applicable', text: en('I keep your name and address to do the job.', '', 'My van has a tracker fitted by my insurer. It records where the van is. That data stays with the tracker company.') },
    { name: '"Our vehicle tracker shows where the lorries are" is no web tracker', id: 'cookies', expected: 'not-applicable', text: en('We keep your name and address to deliver your order.', '', 'Our vehicle tracker shows where the lorries are.') },
    { name: '"Our website uses a tracker from an advertising network" is', id: 'cookies', expected: 'missing', text: en('We keep your name and address to deliver your order.', '', 'Our website uses a tracker from an advertising network.') },
  ] satisfies Case[]);
});
