/**
 * Wordings met in the English notices written in session 16 (a one-person newsletter, a joinery firm's employee
 * handbook section, a coworking space's Wi-Fi sign-in page, a US app's policy with an EEA annex, a medical research
 * charity, a ferry operator's layered notice converted from a PDF), each beside its near miss: a newsletter writer
 * introducing herself as "I write The Allotment Almanac", "I'll never sell your email", "for as long as they're
 * useful" as vague, "To use the guest Wi-Fi you'll need to enter your name" as a requirement with its consequence,
 * and a "Sources of personal information" heading answered by the prose under it; then, from three written after
 * those fixes (a village hall's hire note, an escape-room company, a housing association), "want anything changed or
 * removed", "Old emails are deleted from time to time", "so our game hosts can watch", "If you say yes, we post it" and
 * "We need the lead booker's name" after "You book through our website"; and from two written after those, "Spokes &
 * Sprockets is Dan Okoro's bike repair workshop" and "You can also go to the Information Commissioner's Office"; and from a beta sign-up page written
 * after those, "Email us and we'll tell you what we hold, or remove you ... and delete your details" and "Apple gets
 * your email too"; and from a sling library's, "we always check with parents first".
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
    // From the three written after those fixes (a village hall's hire note, an escape-room company, a housing association).
    { name: '"or want anything changed or removed" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacy', '', EN, 'If you would like to see the details we hold about you, or want anything changed or removed, please contact the Bookings Secretary.') },
    { name: '"If anything changed at the hall since your last visit" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use your details to manage your booking. If anything changed at the hall since your last visit, the caretaker will show you round.') },
    { name: '"Old emails are deleted from time to time" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacy', '', EN, 'We keep booking records for six years. Old emails are deleted from time to time.') },
    { name: '"We clear out old enquiries periodically" is too', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacy', '', EN, 'We keep invoices for six years. We clear out old enquiries periodically.') },
    { name: '"Old emails are deleted every 12 months" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Privacy', '', EN, 'We keep booking records for six years. Old emails are deleted every 12 months.') },
    { name: '"ask us to delete your data if it is periodically out of date" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Privacy', '', EN, 'We keep booking records for six years. You can ask us to delete your data if it is periodically out of date.') },
    { name: '"so our game hosts can watch the game" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Privacy', '', EN, 'Every room has cameras so our game hosts can watch the game and give you clues.') },
    { name: '"so our rooms are busy at weekends" does not', id: 'purposes', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We run three escape rooms in York, so our rooms are busy at weekends.') },
    { name: '"If you say yes, we post it on Instagram" states consent', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, 'At the end we take a team photo. If you say yes, we post it on our Instagram.') },
    { name: '"We only send our newsletter if you tick the box" names no ground (the sets\' reading: en-rosie-lane-photography, en-curlew-barn)', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We email you a booking confirmation. We only send our newsletter if you tick the box when booking.') },
    { name: '"You can ask us to take it down any time" withdraws the photo consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Privacy', '', EN, 'If you say yes, we post the team photo on our Instagram. You can ask us to take it down any time.') },
    { name: '"ask us to take a photo down whenever you like" does too', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Privacy', '', EN, 'With your permission we share photos of your tattoo on our website, and you can ask us to take a photo down whenever you like.') },
    { name: '"We take the decorations down any time after 10pm" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacy', '', EN, 'With your permission we post the team photo on our Instagram. We take the decorations down any time after 10pm.') },
    { name: '"If you say you are coming, we hold the table" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use your name to hold the table. If you say you are coming, we hold it until 8pm.') },
    { name: '"You book through our website. We need the lead booker\'s name" is the data needed for a booking', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, "You book through our website. We need the lead booker's name, email and phone number, plus the number of players.") },
    { name: '"We need the keys back after your booking" is not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You book through our website. We need the keys back by noon.') },
    // From the two written after those fixes (a bike repair workshop, a vehicle hire company).
    { name: '"Spokes & Sprockets is Dan Okoro\'s bike repair workshop" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', EN, "Spokes & Sprockets is Dan Okoro's bike repair workshop at 22 Mill Lane. Call 07700 900 412.") },
    { name: '"Your bike is someone\'s pride and joy" does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy', '', EN, "Your bike is someone's pride and joy. Call 07700 900 412.") },
    { name: '"You can also go to the Information Commissioner\'s Office" is a complaint', id: 'right-complaint', expected: 'present', text: joinLines('# Privacy', '', EN, "Questions or complaints: talk to me first. You can also go to the Information Commissioner's Office.") },
    { name: '"You can turn to the ICO" is too', id: 'right-complaint', expected: 'present', text: joinLines('# Privacy', '', EN, 'If we cannot sort it out between us, you can turn to the ICO.') },
    { name: '"Go to the ICO\'s website for guidance on cookies" is not', id: 'right-complaint', expected: 'missing', text: joinLines('# Privacy', '', EN, "We use two cookies. Go to the ICO's website for guidance on cookies.") },
    // From the two written after those fixes (a beta sign-up page, a smart home device maker).
    { name: '"Email us and we\'ll tell you what we hold" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, "Want out? Email us and we'll tell you what we hold, or remove you from the beta.") },
    { name: '"Email us and we\'ll remove you and delete your details" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Privacy', '', EN, "Want out? Email us and we'll remove you from the beta and delete your details.") },
    { name: '"Email us and we\'ll send you the invite; old builds are deleted after 90 days" is not', id: 'right-erasure', expected: 'missing', text: joinLines('# Privacy', '', EN, "Email us and we'll send you the invite; old builds are deleted after 90 days.") },
    { name: '"which means Apple gets your email too" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, 'We send you a TestFlight invite, which means Apple gets your email too.') },
    { name: '"you get your invite by email" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We ask for your email address, and you get your invite by email.') },
    // From the two written after those fixes (a sling library, a gym chain).
    { name: '"we always check with parents first" states consent for photos', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, 'We sometimes take photos for our Facebook page, but we always check with parents first.') },
    { name: '"we check with the bank first" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use your details to take the deposit. If a payment fails, we check with the bank first.') },
  ];
  runCases('en', cases);
});
