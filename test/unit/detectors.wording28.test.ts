/**
 * Wordings met in the English notices written in session 15 (a mobile DJ's one-page notice, a gym's membership terms
 * with a privacy clause, a candle shop on a platform's default template, a building society, a national retailer and
 * marketplace with a loyalty scheme, an NHS hospital trust's patient notice converted from a PDF), each beside its
 * near miss: the NHS's "implied consent" for direct care under the common law duty of confidentiality, which is no
 * consent inferred from use, and withdrawing a newsletter consent as "You can unsubscribe from the link in any email";
 * then, from three notices written after those fixes (a holiday barn, a bookkeeper's engagement-letter schedule, an
 * energy supplier), a legal obligation as "By law holiday lets have to keep a record", "Working papers may be kept
 * longer where we think it necessary" as vague, and "to decide, automatically, whether" as an automated decision; and
 * from an allotment society's notice written after those, "we'll put right anything that's wrong" and "kept while
 * they're needed"; and from a mobile hairdresser's, "I'm a self-employed mobile hairdresser", "so I know where I'm
 * going", "I'll always ask before I post a photo of you", "Changed your mind?" and "if you don't tell me, I can't colour your
 * hair"; and from a mobile network's, "The credit decision is made automatically".
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
    // From the three written after those fixes (a holiday barn, a bookkeeper's engagement-letter schedule, an energy supplier).
    { name: '"By law holiday lets have to keep a record of overseas guests" states a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, 'By law holiday lets have to keep a record of overseas guests, so we ask for passport numbers at check-in.') },
    { name: '"We have to keep your invoices for six years by law" does too', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, 'We use your details to send invoices. We have to keep your invoices for six years by law.') },
    { name: '"By law, you have to be 18 to sign a tenancy" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use your details to arrange viewings. By law, you have to be 18 to sign a tenancy.') },
    { name: '"Working papers may be kept longer where we think it necessary" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacy', '', EN, 'We keep client files for 6 years. Working papers may be kept longer where we think it necessary.') },
    { name: '"Working papers are kept longer than client files: 8 years" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Privacy', '', EN, 'We keep client files for 6 years. Working papers are kept longer than client files: 8 years.') },
    { name: '"to decide, automatically, whether we need to ask you for a deposit" is an automated decision', id: 'automated-decisions', expected: 'present', text: joinLines('# Privacy', '', EN, 'We use the result of the credit check to decide, automatically, whether we need to ask you for a deposit.') },
    { name: '"to decide, together with you, whether we need a deposit" is not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use the result of the credit check to decide, together with you, whether we need a deposit.') },
    // From the two written after those fixes (an allotment society, a motor insurer's question-and-answer notice).
    { name: '"we\'ll put right anything that\'s wrong" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacy', '', EN, "You can ask to see what we've got on you and we'll put right anything that's wrong.") },
    { name: '"we\'ll put right any damage to your plot" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy', '', EN, "If a bonfire spreads, we'll put right any damage to your plot.") },
    { name: '"Inspection photos are kept while they\'re needed" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacy', '', EN, "We take photos of plots on inspections. Inspection photos are kept while they're needed.") },
    { name: '"Photos are kept while your tenancy lasts" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Privacy', '', EN, 'We take photos of plots on inspections. Photos are kept while your tenancy lasts.') },
    // From a mobile hairdresser's one-page notice written after all those fixes.
    { name: '"I\'m a self-employed mobile hairdresser" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', EN, "I'm a self-employed mobile hairdresser covering Telford. Ring me on 07700 900 158.") },
    { name: '"If you\'re self-employed, we need your UTR" does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy', '', EN, "If you're self-employed, we need your UTR. Ring 07700 900 158.") },
    { name: '"Your address, so I know where I\'m going" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Privacy', '', EN, "I ask for your name and address, so I know where I'm going.") },
    { name: '"so I know most of my clients by name" does not', id: 'purposes', expected: 'missing', text: joinLines('# Privacy', '', EN, "I've done this for years, so I know most of my clients by name.") },
    { name: '"I\'ll always ask before I post a photo of you" states consent', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, "I share photos of my work on Instagram, but I'll always ask before I post a photo of you.") },
    { name: '"Please ask before you bring a dog" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'I share photos of my work on Instagram. Please ask before you bring a dog along.') },
    { name: '"if you don\'t tell me, I can\'t colour your hair" is the consequence of not providing', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, "I need to know about allergies before I use any colour; if you don't tell me, I can't colour your hair.") },
    { name: '"If you don\'t tell me by Friday, the slot goes to someone else" is not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, "If you don't tell me by Friday, the slot goes to someone else.") },
    { name: '"Changed your mind? Just message me and I\'ll take it down." withdraws the consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Privacy', '', EN, "With your permission I post a photo of your new look on Instagram. Changed your mind? Just message me and I'll take it down.") },
    { name: '"Changed your hair colour? Send me a photo." does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacy', '', EN, "With your permission I post a photo of your new look on Instagram. Changed your hair colour? Send me a photo first.") },
    // From a mobile network's notice written after all those fixes.
    { name: '"The credit decision is made automatically" is an automated decision', id: 'automated-decisions', expected: 'present', text: joinLines('# Privacy', '', EN, "The credit decision is made automatically using the agency's data and our lending rules.") },
    { name: '"Assessment reminders are sent automatically" is not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Assessment reminders are sent automatically by email a week before.') },
  ];
  runCases('en', cases);
});
