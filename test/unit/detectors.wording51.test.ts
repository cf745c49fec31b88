/**
 * English wordings met in session 18's invented notices (a boarding cattery, a self-storage
 * firm, a youth theatre's letter to parents), each beside its near miss: "that's a condition of
 * our licence", "only if you've said yes on the form", "you can raise it with the Information
 * Commissioner", "please let us know ... so we can update it", "If you don't want us to keep your
 * details any more we can remove them", "can't accept a cat without an up to date vaccination
 * card", "filled in, otherwise we can't ...", "You can turn them off in your browser", "By renting
 * a unit you agree to us using your information", and a withdrawal's "we'll stop using them",
 * which is no objection; then, from the notices written after those fixes (a used car dealer, a
 * one-person IT support firm), "If you have a complaint ..., please speak to Gary first. You can
 * also contact the Information Commissioner's Office.", "If you want a copy of what I've got
 * about you", "If I've made a mistake with your details I'll fix it" and a lender's decision that
 * "may be made by their computer system"; then, from the last two (a Men's Shed, a student's
 * interview study), "Let Len know if anything has changed", "You don't have to answer any
 * question you'd rather not", "Our insurers if there's an accident", "you're free to leave that
 * bit blank" and "Only me and my supervisor, Dr ..., will hear the recordings". The sentences are
 * written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

describe('Session 18 English wordings', () => {
  const cases: Case[] = [
    // a licence condition as the legal obligation
    { name: '"that\'s a condition of our licence from the council" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Why?', '', EN, 'We record each dog\'s vaccinations to care for them safely; that\'s a condition of our licence from the council.') },
    { name: '"it is a condition of the premises licence" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Why?', '', EN, 'We keep a register of guests to run the bar, as it is a condition of the premises licence.') },
    { name: '"Our licence from the council hangs in reception" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Why?', '', EN, 'We keep a register of guests to run the bar. Our licence from the council hangs in reception.') },
    // consent as a yes already given
    { name: '"only if you\'ve said yes on the form" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', EN, 'We post photos of rehearsals on our page to show what we do, but only if you\'ve said yes on the form.') },
    { name: '"if you\'ve said yes when booking" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', EN, 'We share pictures of the party with the other guests to remember the day, if you\'ve said yes when booking.') },
    { name: '"if you\'ve said no on the form" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Photos', '', EN, 'We take photos of rehearsals to show what we do. We leave your child out if you\'ve said no on the form.') },
    // a complaint raised with the authority
    { name: '"you can raise it with the Information Commissioner" is a complaint', id: 'right-complaint', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details. If you think we\'ve mishandled your information, you can raise it with the Information Commissioner.') },
    { name: '"raise this with the ICO" is one', id: 'right-complaint', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details. You are free to raise this with the ICO.') },
    { name: '"you can raise it with the committee" is not', id: 'right-complaint', expected: 'missing', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details. If something is wrong, you can raise it with the committee.') },
    // a correction asked for in the reader's words
    { name: '"please let us know before your next stay so we can update it" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Your details', '', EN, 'Just ask and we\'ll show you what we hold. If your number has changed, please let us know before your next visit so we can update it.') },
    { name: '"tell me when you move house so I can change your records" is one', id: 'right-rectification', expected: 'present', text: joinLines('## Your details', '', EN, 'Ask me for a copy of what I hold. Tell me when you move house so I can change your records.') },
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
    { name: '"By renting the flat you agree to me keeping a copy of your passport" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## About this notice', '', EN, 'By renting the flat you agree to me keeping a copy of your passport.') },
    { name: '"By renting a unit you agree to the storage terms" is not', id: 'implied-consent', expected: 'none', text: joinLines('## About this notice', '', EN, 'By renting a unit you agree to the storage terms, which are on the back of the form.') },
    // our stop after a withdrawal is no objection
    { name: '"You can change your mind later and we\'ll stop using them" is no objection', id: 'right-object', expected: 'missing', text: joinLines('## Your rights', '', EN, 'We only post photos if you\'ve said yes. You can change your mind later by emailing us and we\'ll stop using them.') },
    { name: '"You can withdraw your consent at any time or opt out of the newsletter" keeps the opt-out', id: 'right-object', expected: 'present', text: joinLines('## Your rights', '', EN, 'We only send the newsletter with your consent. You can withdraw your consent at any time or opt out of the newsletter.') },
    { name: '"You can ask us to stop using your details for mailings" is still one', id: 'right-object', expected: 'present', text: joinLines('## Your rights', '', EN, 'We send mailings to members. You can ask us to stop using your details for mailings.') },
    // written after the first fixes: a complaint in the sentence before the authority, in its paragraph
    { name: '"If you have a complaint ..., please speak to Gary first. You can also contact the ICO." is a complaint', id: 'right-complaint', expected: 'present', text: joinLines('## Can I see my information?', '', EN, 'Yes, ask us for a copy. If you have a complaint about how we\'ve used your information, please speak to the manager first. You can also contact the Information Commissioner\'s Office.') },
    { name: '"If you\'re unhappy with anything, tell me. You may also get in touch with the ICO." is one', id: 'right-complaint', expected: 'present', text: joinLines('## Your details', '', EN, 'Ask me for a copy of what I hold. If you\'re unhappy with anything, tell me. You may also get in touch with the ICO.') },
    { name: 'a complaint in the paragraph before the ICO\'s sentence is not', id: 'right-complaint', expected: 'missing', text: joinLines('## Your details', '', EN, 'Ask me for a copy of what I hold. If you have a complaint, tell me.', '', 'You may also get in touch with the ICO.') },
    { name: '"The ICO publishes guidance" after a complaint sentence is not', id: 'right-complaint', expected: 'missing', text: joinLines('## Your details', '', EN, 'Ask me for a copy of what I hold. If you have a complaint, tell me. The ICO publishes guidance for small firms.') },
    // "If you want a copy ..." frames a right without "to"
    { name: '"If you want a copy of what I\'ve got about you, just email me" is access', id: 'right-access', expected: 'present', text: joinLines('## Privacy', '', EN, 'I fix computers for local people. If you want a copy of what I\'ve got about you, just email me.') },
    { name: '"..., or you want me to delete your details, just email me" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Privacy', '', EN, 'I fix computers for local people. If you want a copy of your invoices, or you want me to delete your details, just email me.') },
    { name: '"If you want a quote, just email me" is not access', id: 'right-access', expected: 'missing', text: joinLines('## Privacy', '', EN, 'I fix computers for local people. If you want a quote, just email me.') },
    // a mistake we will fix
    { name: '"If I\'ve made a mistake with your details I\'ll fix it" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Privacy', '', EN, 'I fix computers for local people. If I\'ve made a mistake with your details I\'ll fix it.') },
    { name: '"If we made a mistake on your invoice we will correct it" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Privacy', '', EN, 'We repair phones. If we made a mistake on your invoice we will correct it.') },
    { name: '"If I\'ve made a mistake with the repair I\'ll come back" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Privacy', '', EN, 'I fix computers for local people. If I\'ve made a mistake with the repair I\'ll come back for free.') },
    // a decision made by a computer
    { name: '"The lender makes the decision, not us, and it may be made by their computer system" says whether', id: 'automated-decisions', expected: 'present', text: joinLines('## Finance', '', EN, 'We pass finance applications to a lender. The lender makes the decision, not us, and it may be made by their computer system.') },
    { name: '"The decision on your loan is usually made by a computer" says whether', id: 'automated-decisions', expected: 'present', text: joinLines('## Finance', '', EN, 'We pass finance applications to a lender. The decision on your loan is usually made by a computer.') },
    { name: '"The final decision is made by our manager; invoices are printed by computer" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('## Finance', '', EN, 'We pass finance applications to a lender. The final decision is made by our manager; invoices are printed by computer.') },
    // written after the second fixes: a correction asked of a named person, an answer that is not required
    { name: '"Let Len know if anything has changed" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Your information', '', EN, 'You can ask us what we have written down about you. Let Sue know if anything has changed.') },
    { name: '"Tell us if something has changed" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Your information', '', EN, 'You can ask us what we have written down about you. Tell us if something has changed.') },
    { name: '"Let Len know if anything is broken in the shed" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Your information', '', EN, 'You can ask us what we have written down about you. Let Sue know if anything is broken in the workshop.') },
    { name: '"You don\'t have to answer any question you\'d rather not" says it is not required', id: 'statutory-requirement', expected: 'present', text: joinLines('## What I collect', '', EN, 'I record the interview and note your age bracket and job sector. You don\'t have to answer any question you\'d rather not.') },
    { name: '"I answer every question you send within a week" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## What I collect', '', EN, 'I record the interview and note your age bracket and job sector. I answer every question you send within a week.') },
    // written after the second fixes: insurers as recipients, a part that may be left blank, "only me and ... will hear"
    { name: '"Our insurers if there\'s an accident" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Who sees your details', '', EN, 'The committee. Our insurers if there\'s an accident and a claim is made.') },
    { name: '"The committee." alone does not', id: 'recipients', expected: 'missing', text: joinLines('## Members', '', EN, 'We keep a list of members. The committee meets monthly.') },
    { name: '"you\'re free to leave that bit blank" says a part is not required', id: 'statutory-requirement', expected: 'present', text: joinLines('## What we write down', '', EN, 'We ask whether you have any health condition we ought to know about in the workshop, but you\'re free to leave that bit blank.') },
    { name: '"a blank membership card" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## What we write down', '', EN, 'We write your name and phone number on a blank membership card.') },
    { name: '"Only me and my supervisor, Dr X, will hear the recordings" names the recipients', id: 'recipients', expected: 'present', text: joinLines('## Who will see it?', '', EN, 'Only me and my supervisor, Dr Ana Price, will hear the recordings or see your name.') },
    { name: '"Only me and my supervisor will run the interviews" does not', id: 'recipients', expected: 'missing', text: joinLines('## The study', '', EN, 'I record the interviews. Only me and my supervisor will run the sessions.') },
  ];
  runCases('en', cases);

});
