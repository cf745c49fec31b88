/**
 * English wordings met in session 18's invented notices (a boarding cattery, a self-storage
 * firm, a youth theatre's letter to parents), each beside its near miss: "that's a condition of
 * our licence", "only if you've said yes on the form", "you can raise it with the Information
 * Commissioner", "please let us know ... so we can update it", "If you don't want us to keep your
 * details any more we can remove them", "can't accept a cat without an up to date vaccination
 * card", "filled in, otherwise we can't ...", "You can turn them off in your browser", "By renting
 * a unit you agree to us using your information", and a withdrawal's "we'll stop using them",
 * which is no objection. The sentences are written for these tests.
 */
import { DE, EN, joinLines, runCases, type Case } from './helpers';

describe('Session 18 English wordings', () => {
  const cases: Case[] = [
    // a licence condition as the legal obligation
    { name: '"that\'s a condition of our licence from the council" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Why?', '', EN, 'We record each dog\'s vaccinations to care for them safely; that\'s a condition of our licence from the council.') },
    { name: '"it is a condition of the premises licence" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Why?', '', EN, 'We keep a register of guests to run the bar, as it is a condition of the premises licence.') },
    { name: '"Our licence from the council hangs in reception" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Why?', '', EN, 'We keep a register of guests to run the bar. Our licence from the council hangs in reception.') },
    // consent as a yes already given
    { name: '"only if you\'ve said yes on the form" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', EN, 'We post photos of rehearsals on our page to show what we do, but only if you\'ve said yes on the form.') },
    { name: '"if you have said yes when booking" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', EN, 'We share pictures of the party with the other guests to remember the day, if you have said yes when booking.') },
    { name: '"if you\'ve said no on the form" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Photos', '', EN, 'We take photos of rehearsals to show what we do. We leave your child out if you\'ve said no on the form.') },
    // a complaint raised with the authority
    { name: '"you can raise it with the Information Commissioner" is a complaint', id: 'right-complaint', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details. If you think we\'ve mishandled your information, you can raise it with the Information Commissioner.') },
    { name: '"raise this with the ICO" is one', id: 'right-complaint', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details. You are free to raise this with the ICO.') },
    { name: '"you can raise it with the committee" is not', id: 'right-complaint', expected: 'missing', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details. If something is wrong, you can raise it with the committee.') },
    // a correction asked for in the reader's words
    { name: '"please let us know before your next stay so we can update it" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Your details', '', EN, 'Just ask and we\'ll show you what we hold. If your number has changed, please let us know before your next visit so we can update it.') },
    { name: '"tell me when you move house so that I can change your records" is one', id: 'right-rectification', expected: 'present', text: joinLines('## Your details', '', EN, 'Ask me for a copy of what I hold. Tell me when you move house so that I can change your records.') },
    { name: '"let us know your new address so we can send the parcel" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Your details', '', EN, 'Ask us for a copy of what we hold. Let us know your new address so we can send the parcel.') },
    // erasure after "if you don't want us to keep"
    { name: '"If you don\'t want us to keep your details any more we can remove them" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Your details', '', EN, 'Just ask and we\'ll show you what we hold. If you don\'t want us to keep your details any more we can remove them.') },
    { name: '"If you do not want me to keep your file, I will delete it" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Your details', '', EN, 'Ask me for a copy of what I hold. If you do not want me to keep your file after the course, I will delete it.') },
    { name: '"If you don\'t want us to keep your card on file, untick the box" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Your details', '', EN, 'Ask us for a copy of what we hold. If you don\'t want us to keep your card on file, untick the box at checkout.') },
    // what follows without a document
    { name: '"We can\'t accept a cat without an up to date vaccination card" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## What we ask for', '', EN, 'We take your name, phone number and your pet\'s health notes to look after it. We can\'t accept a cat without an up to date vaccination card.') },
    { name: '"we can\'t open an account without a copy of your ID" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## What we ask for', '', EN, 'We run accounts for small firms. Sorry, we can\'t open an account without a copy of your ID.') },
    { name: '"We can\'t open on Sundays without a key holder" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## What we ask for', '', EN, 'We take your name and address to run your account. We can\'t open on Sundays without a key holder.') },
    // "otherwise we can't" after something the reader fills in
    { name: '"We need the medical part filled in, otherwise we can\'t let your child take part" states it', id: 'statutory-requirement', expected: 'present', text: joinLines('## The form', '', EN, 'The form asks for your child\'s name and any allergies. We need the medical part filled in, otherwise we can\'t let your child take part.') },
    { name: '"Keep your password safe, otherwise we can\'t protect your account" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Your account', '', EN, 'Your account holds your name and address. Keep your password safe, otherwise we can\'t protect your account.') },
    // cookies turned off
    { name: '"You can turn them off in your browser" says how cookies are handled', id: 'cookies', expected: 'present', text: joinLines('## Website', '', EN, 'Our website uses cookies. You can turn them off in your browser.') },
    { name: '"You can switch cookies off whenever you like" says it', id: 'cookies', expected: 'present', text: joinLines('## Website', '', EN, 'Our website uses cookies to remember your basket. You can switch cookies off whenever you like.') },
    { name: '"Our website uses cookies to remember your basket" alone does not', id: 'cookies', expected: 'missing', text: joinLines('## Website', '', EN, 'Our website uses cookies to remember your basket. The basket empties itself after a day.') },
    // agreement to our use presumed from renting or hiring
    { name: '"By renting a unit you agree to us using your information" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## About this notice', '', EN, 'By renting a unit you agree to us using your information as set out below.') },
    { name: '"By hiring a van you agree to me keeping a copy of your licence" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## About this notice', '', EN, 'By hiring a van you agree to me keeping a copy of your licence.') },
    { name: '"By renting a unit you agree to the storage terms" is not', id: 'implied-consent', expected: 'none', text: joinLines('## About this notice', '', EN, 'By renting a unit you agree to the storage terms, which are on the back of the form.') },
    // our stop after a withdrawal is no objection
    { name: '"You can change your mind later and we\'ll stop using them" is no objection', id: 'right-object', expected: 'missing', text: joinLines('## Your rights', '', EN, 'We only post photos if you\'ve said yes. You can change your mind later by emailing us and we\'ll stop using them.') },
    { name: '"You can withdraw your consent at any time or opt out of the newsletter" keeps the opt-out', id: 'right-object', expected: 'present', text: joinLines('## Your rights', '', EN, 'We only send the newsletter with your consent. You can withdraw your consent at any time or opt out of the newsletter.') },
    { name: '"Tell us and we\'ll stop using your details for mailings" is still one', id: 'right-object', expected: 'present', text: joinLines('## Your rights', '', EN, 'We send mailings to members. Tell us and we\'ll stop using your details for mailings.') },
  ];
  runCases('en', cases);

  const de: Case[] = [
    { name: '"sowie auf Widerruf und Widerspruch" still names the objection beside the withdrawal', id: 'right-object', expected: 'present', text: joinLines('## Ihre Rechte', '', DE, 'Sie haben das Recht auf Auskunft, Berichtigung und Löschung sowie auf Widerruf und Widerspruch.') },
  ];
  runCases('de', de);
});
