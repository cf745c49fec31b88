/**
 * English wordings met in session 17's invented notices (a parish council, a greyhound rescue, a
 * one-principal solicitors' firm, a city council's parking services page), each beside its near
 * miss: "part of our duties as a local council", "We have to check who you are under the money
 * laundering regulations", "unsubscribe with the link at the bottom of every email", "This notice
 * was adopted at the meeting of the Council on ...", "By submitting an adoption form you consent to
 * us using your information", "for as long as it is needed" said of one kind of data, a "Why ..."
 * heading over a paragraph of infinitives, and a public task stated after the purposes' list under
 * "Why we use it and our legal basis"; then those of the batch written after those fixes (a private
 * landlord, a running club's 10K, a food manufacturer's staff notice): "when they need to arrange a
 * visit", "I give your number to the plumber", "tell me if anything is wrong", "deleted after the
 * race", "By taking part in the race you
 * accept that you may appear in photos", "Tracking company vehicles". The sentences are written for
 * these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

const doc = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);

describe('Session 17 English wordings', () => {
  const cases: Case[] = [
    // a public task in a council's own words
    { name: '"part of our functions as a town council" is a public task', id: 'legal-basis', expected: 'present', text: doc('We use your details to run the allotments and answer your letters. This is part of our functions as a town council.') },
    { name: '"our responsibilities as a data controller" is no basis', id: 'legal-basis', expected: 'missing', text: doc('We use your details to run the allotments and answer your letters. We take our responsibilities as a data controller seriously.') },
    // a legal obligation as "we have to ... under the ... regulations"
    { name: '"We have to keep a copy of your ID under the money laundering regulations" is a legal obligation', id: 'legal-basis', expected: 'present', text: doc('We use your details to act for you in your matter. We have to keep a copy of your ID under the money laundering regulations.') },
    { name: '"We must report some payments under the Companies Act" is one', id: 'legal-basis', expected: 'present', text: doc('We use your details to run your payroll. We must report some payments under the Companies Act 2006.') },
    { name: '"We have to keep your files under lock and key" is not', id: 'legal-basis', expected: 'missing', text: doc('We use your details to act for you in your matter. We have to keep your files under lock and key.') },
    // unsubscribing from a consent-based newsletter through the link in every e-mail
    { name: '"unsubscribe using the link at the bottom of any email" withdraws the consent', id: 'right-withdraw-consent', expected: 'present', text: doc('We send our newsletter only with your consent. You can unsubscribe using the link at the bottom of any email we send.') },
    { name: '"kept until you unsubscribe (there\'s a link at the bottom of every message)" does not', id: 'right-withdraw-consent', expected: 'missing', text: doc('We send our newsletter only with your consent. Your address is kept until you unsubscribe (there\'s a link at the bottom of every message).') },
    // a notice adopted at a meeting
    { name: '"This policy was adopted by the management committee at its meeting on 2 March 2024" dates the notice', id: 'last-updated', expected: 'present', text: doc('We use your details to run the club.', '', 'This policy was adopted by the management committee at its meeting on 2 March 2024.') },
    { name: '"Most of our cats were adopted in March 2024, ..." does not', id: 'last-updated', expected: 'missing', text: doc('We use your details to find homes for our cats.', '', 'Most of our cats were adopted in March 2024, and we still hear from many of their new families.') },
    // consent presumed from sending a form
    { name: '"By submitting the enquiry form you consent to us using your details" is implied consent', id: 'implied-consent', expected: 'problem', text: doc('By submitting the enquiry form you consent to us using your details in the ways described here.') },
    { name: '"By ticking the box you consent to us using your email" is not', id: 'implied-consent', expected: 'none', text: doc('By ticking the box you consent to us using your email address for the newsletter.') },
    { name: '"By registering your child you agree to us using your information" is implied consent too (session 18 revised en-little-acorns-playgroup to the set\'s usage)', id: 'implied-consent', expected: 'problem', text: doc('By registering your child you agree to us using your information as described here.') },
    // "as long as it is needed" said of one kind of data, before a period for other data
    { name: '"Letters are kept for as long as it is needed" is vague beside a period for other records', id: 'vague-retention', expected: 'problem', text: doc('We use your details to answer your letters. Letters are kept for as long as it is needed. Invoices are kept for 6 years.') },
    { name: '"Your data is kept for as long as it is needed" is rescued by a period that follows', id: 'vague-retention', expected: 'none', text: doc('We use your details to answer your letters. Your data is kept for as long as it is needed. In practice that is 2 years.') },
    // a paragraph of infinitives under a "Why ..." heading
    { name: '"To book your lessons, ..." under "Why do we need this?" states purposes', id: 'purposes', expected: 'present', text: joinLines('# Privacy', '', EN, '', '## Why do we need this?', '', 'To book your lessons, to remind you of them and to take payment.') },
    { name: '"To reach the office, ..." under "Contact" does not', id: 'purposes', expected: 'missing', text: joinLines('# Privacy', '', EN, '', '## Contact', '', 'To reach the office, ring 01234 567890.') },
    // a single basis after the list of purposes, under a heading that names them
    { name: 'A public task after the purposes\' list under "Why we use it and our legal basis" is tied', id: 'basis-without-purpose', expected: 'none', text: doc('## Why we use it and our legal basis', '', 'We use your information to:', '', '- issue parking permits;', '- enforce parking restrictions.', '', 'Our legal basis is that processing is necessary for a task carried out in the public interest.', '', '## Reminders', '', 'We send a text reminder before your permit expires only if you give your consent.') },
    { name: 'The same under "Our legal basis" is not', id: 'basis-without-purpose', expected: 'problem', text: doc('## Our legal basis', '', 'We use your information to:', '', '- issue parking permits;', '- enforce parking restrictions.', '', 'Our legal basis is that processing is necessary for a task carried out in the public interest.', '', '## Reminders', '', 'We send a text reminder before your permit expires only if you give your consent.') },
    // batch B: "to arrange" and "to check" as purposes
    { name: '"when they need to arrange a visit" states a purpose', id: 'purposes', expected: 'present', text: doc('I pass your phone number to the engineer when they need to arrange a visit.') },
    { name: '"Please arrange a visit with me by phone" does not', id: 'purposes', expected: 'missing', text: doc('Please arrange a visit with me by phone.') },
    // a recipient right after "give"
    { name: '"I give your number to the plumber" names a recipient', id: 'recipients', expected: 'present', text: doc('I use your details to manage the tenancy. I give your number to the plumber when a repair is needed.') },
    { name: '"I give you a copy of the agreement" names none', id: 'recipients', expected: 'missing', text: doc('I use your details to manage the tenancy. I give you a copy of the agreement when you move in.') },
    // correction asked for in the first person
    { name: '"tell me if anything is wrong" is rectification', id: 'right-rectification', expected: 'present', text: doc('I use your details to manage the tenancy. Please tell me if anything is wrong.') },
    { name: '"tell me if anything is broken in the flat" is not', id: 'right-rectification', expected: 'missing', text: doc('I use your details to manage the tenancy. Please tell me if anything is broken in the flat.') },
    // the race and the tenancy as ending events
    { name: '"Entry details are deleted after the race" gives a criterion', id: 'retention', expected: 'present', text: doc('We use your details to run the race. Entry details are deleted after the race.') },
    { name: '"Entry details are checked after the race" does not', id: 'retention', expected: 'missing', text: doc('We use your details to run the race. Entry details are checked after the race.') },
    { name: '"I keep your details while you\'re a tenant" gives a criterion', id: 'retention', expected: 'present', text: doc('I use your details to manage the tenancy. I keep your details while you\'re a tenant.') },
    { name: '"I keep your details while you wait for a viewing" gives none', id: 'retention', expected: 'missing', text: doc('I use your details to manage the tenancy. I keep your details while you wait for a viewing.') },
    // agreement presumed from taking part
    { name: '"By taking part in the race you accept that you may appear in photos" is implied consent', id: 'implied-consent', expected: 'problem', text: doc('We use your details to run the race. By taking part in the race you accept that you may appear in photos and results.') },
    { name: '"By attending the event you agree to be photographed" is implied consent', id: 'implied-consent', expected: 'problem', text: doc('We use your details to run the event. By attending the event you agree to be photographed.') },
    { name: '"If you take part, you may appear in photos; tell the photographer" is not', id: 'implied-consent', expected: 'none', text: doc('We use your details to run the race. If you take part, you may appear in photos; tell the photographer if you would rather not.') },
    // vehicle tracking is no tracker on a website
    { name: '"Tracking company vehicles" and "vehicle tracking data" are no trackers', id: 'cookies', expected: 'not-applicable', text: doc('We use vehicle tracking data for drivers of company vehicles.', '', '| Purpose | Legal basis |', '|---|---|', '| Tracking company vehicles | Legitimate interests: locating our vans |') },
    { name: '"tracking pixels in our emails" are', id: 'cookies', expected: 'missing', text: doc('We use tracking pixels in our emails to see whether they are opened.') },
    // batch C: a childminder in the first person
    { name: '"I\'m required to keep a register under the childcare rules" is a legal obligation', id: 'legal-basis', expected: 'present', text: doc('I use your details to care for your child. I\'m required to keep a register under the childcare rules.') },
    { name: '"I\'m asked to keep a register by the council" is not', id: 'legal-basis', expected: 'missing', text: doc('I use your details to care for your child. I\'m asked to keep a register by the council.') },
    { name: '"You can see your child\'s records at any time" is access', id: 'right-access', expected: 'present', text: doc('I use your details to care for your child. You can see your child\'s records at any time, just ask.') },
    { name: '"You can see your child\'s drawings at any time" is not', id: 'right-access', expected: 'missing', text: doc('I use your details to care for your child. You can see your child\'s drawings at any time, just ask.') },
    { name: '"If something needs updating, let me know" under "Your rights" is rectification', id: 'right-rectification', expected: 'present', text: doc('I use your details to care for your child.', '', '## Your rights', '', 'If something needs updating, let me know.') },
    { name: '"If something needs washing, let me know" is not', id: 'right-rectification', expected: 'missing', text: doc('I use your details to care for your child.', '', '## Your rights', '', 'If something needs washing, let me know.') },
    // batch D: consent as permission given, and a DPO denied before a "but"
    { name: '"only if you give us permission" is consent', id: 'legal-basis', expected: 'present', text: doc('We share your notes with your GP only if you give us permission.') },
    { name: '"If you give us a call" is not', id: 'legal-basis', expected: 'missing', text: doc('We use your details to book appointments. If you give us a call, we can answer your questions.') },
    { name: '"We have not appointed a DPO ..., but our Data Protection Lead ..." mentions none of ours', id: 'dpo-contact', expected: 'not-applicable', text: doc('We use your details to sell tickets.', '', 'We have not appointed a Data Protection Officer because we are not required to, but our Data Protection Lead deals with all questions about personal data.') },
    { name: '"We have appointed a DPO, but they work part-time" mentions one without contact', id: 'dpo-contact', expected: 'missing', text: doc('We use your details to sell tickets.', '', 'We have appointed a Data Protection Officer, but they work part-time.') },
    // batch E: a PTA's page
    { name: '"Ticket sales go through PTA Events" names a recipient', id: 'recipients', expected: 'present', text: doc('We use your details to run the summer fair. Ticket sales go through PTA Events, who take the payments.') },
    { name: '"Ticket sales are handled at the door" names none', id: 'recipients', expected: 'missing', text: doc('We use your details to run the summer fair. Ticket sales are handled at the door.') },
    { name: '"if you want it changed" under "Your rights" is rectification', id: 'right-rectification', expected: 'present', text: doc('We use your details to run the summer fair.', '', '## Your rights', '', 'Email the committee if you would like to know what we hold about you, or if you want it changed.') },
    { name: '"if you want it posted to you" is not', id: 'right-rectification', expected: 'missing', text: doc('We use your details to run the summer fair.', '', '## Your rights', '', 'Email the committee if you would like to know what we hold about you, or if you want it posted to you.') },
  ];
  runCases('en', cases);
});
