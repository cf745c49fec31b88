/**
 * Wordings met in the English notices written in session 16 (a one-person newsletter, a joinery firm's employee
 * handbook section, a coworking space's Wi-Fi sign-in page, a US app's policy with an EEA annex, a medical research
 * charity, a ferry operator's layered notice converted from a PDF), each beside its near miss: a newsletter writer
 * introducing herself as "I write The Allotment Almanac", "I'll never sell your email", "for as long as they're
 * useful" as vague, "To use the guest Wi-Fi you'll need to enter your name" as a requirement with its consequence,
 * and a "Sources of personal information" heading answered by the prose under it.
 * The sentences are written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

describe('Session 16 wordings, English', () => {
  const cases: Case[] = [
    { name: '"I write The Allotment Almanac, a newsletter" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', EN, "Hi, I'm Maddie and I write The Allotment Almanac, a weekly newsletter about growing food. Questions? Email me at maddie@example.com.") },
    { name: '"I publish the Hedgerow Digest" does too', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', EN, 'I publish the Hedgerow Digest every Sunday. You can reach me at tom@example.com.') },
    { name: '"I write down your name when you ring" does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy', '', EN, 'When you ring, I write down your name and number. Reply to maddie@example.com.') },
    { name: '"I\'ll never sell your email" says who does not receive it', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, "I use your email to send you the newsletter. I'll never sell your email or hand it to anybody else.") },
    { name: '"On the other hand, I never sell your email" denies the sale only', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'I use your email to send you the newsletter. On the other hand, I never sell your email.') },
    { name: '"We\'ll never share your address with other charities" does too', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, "We use your address to send you our magazine. We'll never share your address with other charities.") },
    { name: '"I\'ll never forget your first email" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, "I use your email to send you the newsletter. I'll never forget the first reply I got.") },
    { name: '"Training records we keep for as long as they\'re useful" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacy', '', EN, "We keep your personnel file for 6 years after you leave. Training records we keep for as long as they're useful.") },
    { name: '"Photos are kept as long as they are relevant" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacy', '', EN, 'We keep booking records for 2 years. Photos are kept as long as they are relevant.') },
    { name: '"kept for as long as they\'re a member, and a year after" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Privacy', '', EN, "We keep members' records for as long as they're a member, and for one year after they leave.") },
    { name: '"To use the guest Wi-Fi you\'ll need to enter your name" is a requirement with its consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, "To use the guest Wi-Fi you'll need to enter your name and email address on this page.") },
    { name: '"you\'d need to give us a phone number" is too', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, "To book a table online you'd need to give us a phone number.") },
    { name: '"You\'ll need to enter the Wi-Fi password shown at the bar" is not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, "You'll find the network name on the menu. The router restarts at night.") },
    { name: 'a "Sources of personal information" heading is answered by the prose under it', id: 'data-sources', expected: 'present', text: joinLines('# Privacy', '', EN, '## Sources of personal information', '', 'We collect personal information directly from you, and from app stores and single sign-on providers such as Google when you sign in with them.') },
    { name: 'the same heading over prose naming no source is not', id: 'data-sources', expected: 'missing', text: joinLines('# Privacy', '', EN, '## Sources of personal information', '', 'We collect personal information directly from you and from others.') },
  ];
  runCases('en', cases);
});
