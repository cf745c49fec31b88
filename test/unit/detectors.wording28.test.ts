/**
 * Wordings met in the English notices written in session 15 (a mobile DJ's one-page notice, a gym's membership terms
 * with a privacy clause, a candle shop on a platform's default template, a building society, a national retailer and
 * marketplace with a loyalty scheme, an NHS hospital trust's patient notice converted from a PDF), each beside its
 * near miss: the NHS's "implied consent" for direct care under the common law duty of confidentiality, which is no
 * consent inferred from use, and withdrawing a newsletter consent as "You can unsubscribe from the link in any email".
 * The sentences are written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

describe('Session 15 wordings, English', () => {
  const cases: Case[] = [
    { name: '"for your direct care on the basis of your implied consent" infers no consent from use', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy', '', EN, 'We share information for your direct care on the basis of your implied consent, which means you can expect us to share it with the professionals treating you.') },
    { name: '"Implied consent applies when ... shared with the clinicians involved in your treatment" neither', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy', '', EN, 'Implied consent applies when your information is shared with the clinicians involved in your treatment.') },
    { name: '"We rely on implied consent to share your record with the team caring for you" neither', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy', '', EN, 'We rely on implied consent to share your record with the team caring for you.') },
    { name: '"We rely on your implied consent to place analytics cookies" does', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy', '', EN, 'We rely on your implied consent to place analytics cookies on your device.') },
    { name: '"Implied consent: if you keep browsing, we set cookies" does', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy', '', EN, 'Implied consent: if you keep browsing after seeing the banner, we set advertising cookies.') },
    { name: '"You can unsubscribe from the link in any email" withdraws a newsletter consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Privacy', '', EN, 'With your permission we send you our monthly newsletter. You can unsubscribe from the link in any email.') },
    { name: '"use the unsubscribe link at the bottom of every newsletter" does too', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Privacy', '', EN, 'We send offers by email only with your consent. To stop them, use the unsubscribe link at the bottom of every newsletter.') },
    { name: '"You cannot unsubscribe from the receipt we send with every order email" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacy', '', EN, 'With your permission we send you our monthly newsletter. You cannot unsubscribe from the receipt we send with every order email.') },
    { name: '"The link in any email takes you to our shop" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacy', '', EN, 'With your permission we send you our monthly newsletter. The link in any email takes you to our shop.') },
  ];
  runCases('en', cases);
});
