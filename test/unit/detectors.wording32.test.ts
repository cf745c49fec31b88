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
    { name: 'a "Sources of personal information" heading is answered by the prose under it', id: 'data-sources', expected: 'present', text: joinLines('# Privacy', '', EN, '## Sources of personal information', '', 'We collect personal information directly from you, and from app stores and single sign-on providers such as Google when you sign in with them.') },
    { name: 'the same heading over prose naming no source is not', id: 'data-sources', expected: 'missing', text: joinLines('# Privacy', '', EN, '## Sources of personal information', '', 'We collect personal information directly from you and from others.') },
  ];
  runCases('en', cases);
});
