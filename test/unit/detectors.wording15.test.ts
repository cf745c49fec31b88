/**
 * Wordings met in the English notices written in session 12 (a wedding venue with CCTV and a guest
 * Wi-Fi, a solar installer offering finance, a university's alumni office), each beside its near
 * miss: Wi-Fi logs kept "for a while", agreement inferred "By logging on to the Wi-Fi", a legal
 * obligation as "the FCA rules require us to", a system that "decides automatically whether", consent
 * as "we ask for your consent first", a DPO who "can also be contacted through the University website", and a DPO's contact taken from
 * "Companies House" under the next heading; then, from two notices written after those fixes (a pub with
 * rooms, a small software company), "to have anything wrong put right" and "You can access, correct or delete". The sentences are written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

describe('Session 12 wordings, English', () => {
  const cases: Case[] = [
    { name: '"We keep Wi-Fi logs for a while" is a vague period', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacy', '', EN, 'We record the MAC address of devices on the guest Wi-Fi. We keep Wi-Fi logs for a while in case of misuse.') },
    { name: '"kept for a while, then deleted after 30 days" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Privacy', '', EN, 'We record the MAC address of devices on the guest Wi-Fi. Wi-Fi logs are deleted after 30 days.', 'Please wait for a while after connecting.') },
    { name: '"By logging on to the Wi-Fi you agree to ... the logging" infers consent from use', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy', '', EN, 'By logging on to the Wi-Fi you agree to our acceptable use terms and to the logging described above.') },
    { name: '"By logging on to the Wi-Fi you can use the internet" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy', '', EN, 'By logging on to the Wi-Fi you can use the internet in every room. Please agree the terms with the manager.') },
    { name: '"because the FCA rules require us to lend responsibly" states a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, 'We check your details with a credit reference agency. We do these checks because the FCA rules require us to lend responsibly.') },
    { name: '"Our house rules require you to" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use your details to book your stay. Our house rules require you to check out by 11am.') },
    { name: '"Our system uses this information to decide automatically whether" says automated decisions take place', id: 'automated-decisions', expected: 'present', text: joinLines('# Privacy', '', EN, 'Our system uses this information to decide automatically whether we can offer you finance.') },
    { name: '"We automatically send you a reminder" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We automatically send you a reminder before your service is due. You decide whether to book it.') },
    { name: '"we ask for your consent first" states consent as a basis (so its withdrawal is due)', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Where we contact you by email about fundraising, we ask for your consent first.') },
    { name: '"ask for your consent form back" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('# Privacy', '', EN, 'We use your details for the trip. Teachers ask for your consent form back by Friday.') },
    { name: '"The University\'s Data Protection Officer can also be contacted through the University website" is a DPO with no contact', id: 'dpo-contact', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Westmoor University, alumni@westmoor.example. The University\'s Data Protection Officer can also be contacted through the University website.') },
    { name: '"The University\'s Data Protection Officer can also be contacted at dpo@..." gives one', id: 'dpo-contact', expected: 'present', text: joinLines('# Privacy', '', EN, 'Westmoor University, alumni@westmoor.example. The University\'s Data Protection Officer can also be contacted at dpo@westmoor.example.') },
    { name: 'A DPO "contacted through the University website" has no contact, though the next section names "Companies House"', id: 'dpo-contact', expected: 'missing', text: joinLines('# Privacy', '', EN, '', '## Who we are', '', 'Westmoor University, alumni@westmoor.example. Our Data Protection Officer can also be contacted through the University website.', '', '## Where your information comes from', '', 'We add information from public sources such as Companies House.') },
    { name: 'A DPO whose e-mail follows in the same section has', id: 'dpo-contact', expected: 'present', text: joinLines('# Privacy', '', EN, '', '## Who we are', '', 'Westmoor University. Our Data Protection Officer can be contacted by email.', 'Write to dpo@westmoor.example.', '', '## Where your information comes from', '', 'We add information from public sources such as Companies House.') },
    { name: '"You\'re entitled ... to have anything wrong put right" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacy', '', EN, "You're entitled to ask what we hold about you and to have anything wrong put right.") },
    { name: '"We put the room right after every stay" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy', '', EN, "You're entitled to ask what we hold about you. Housekeeping puts the room right after every stay.") },
    { name: '"You can access, correct or delete your personal data" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, 'You can access, correct or delete your personal data by emailing hello@taskpilot.example.') },
    { name: '"You can correct or delete your personal data" is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can correct or delete your personal data by emailing us. Only admins can access the billing page.') },
  ];
  runCases('en', cases);
});
