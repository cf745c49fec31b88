/**
 * Session 19 (shape-en2): English notices that speak of their reader in the third person
 * ("Guests are entitled to ask what we hold about them", "if the patient gives us permission",
 * "Tenants don't have to give us ..."), as formal and public-sector notices do. The cues of what
 * an item needs (rights and their frames, withdrawal of consent, consent, the duty to provide, a
 * retention criterion, implied consent) take a reader token of the English table (READER: "you"
 * or a reader noun; THEY: also "they" where the rest of the cue makes it the reader's; THEIR:
 * the owner), not every cue with "you". Found by rewriting 19 notices of the sets in the third
 * person (12 read differently, now none). The sentences are written for these tests.
 */
import { joinLines, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacy notice', '', 'This notice explains what Fenwick Hall Trust does with personal information and why.', '', ...lines);

describe('Session 19 English wordings: the reader in the third person', () => {
  const cases: Case[] = [
    // a reader noun outside the old list makes a framed sentence a right
    { name: '"Guests are entitled to ask what we hold about them" is access', id: 'right-access', expected: 'present', text: notice('## At the hall', '', 'Guests are entitled to ask what we hold about them.') },
    { name: '"Tenants have the right to see the details we keep about them" is access', id: 'right-access', expected: 'present', text: notice('## Lettings', '', 'Tenants have the right to see the details we keep about them.') },
    // frames with the reader as subject
    { name: '"If guests would like a copy of their details" is access', id: 'right-access', expected: 'present', text: notice('## At the hall', '', 'If guests would like a copy of their details, they can ask at reception.') },
    { name: '"If tenants don\'t want us to keep their details, we will remove them" is erasure', id: 'right-erasure', expected: 'present', text: notice('## Lettings', '', 'If tenants don\'t want us to keep their details after they move out, we will remove them.') },
    { name: '"Graduates can update their details through the online form" is rectification', id: 'right-rectification', expected: 'present', text: notice('## Keeping in touch', '', 'Graduates can update their details through the online form.') },
    { name: 'a heading "Donors\' choices" frames the list under it', id: 'right-rectification', expected: 'present', text: notice('## Donors\' choices', '', '- Correcting a record: write to the office.') },
    // consent, and taking it back
    { name: '"Parents can change their mind" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: notice('## Newsletter', '', 'We send the newsletter to parents only with their consent. Parents can change their mind by replying STOP.') },
    { name: '"only if the patient gives us permission" is consent', id: 'legal-basis', expected: 'present', text: notice('## Referrals', '', 'We pass a patient\'s notes to their dentist only if the patient gives us permission.') },
    { name: '"we ask whether members are happy to appear" is consent', id: 'legal-basis', expected: 'present', text: notice('## Photos', '', 'At the start of each season we ask whether members are happy to appear in team photos.') },
    { name: '"without asking them first" is consent', id: 'legal-basis', expected: 'present', text: notice('## Phone numbers', '', 'We never pass parents\' phone numbers on without asking them first.') },
    { name: '"we ask for their consent" is consent', id: 'legal-basis', expected: 'present', text: notice('## Photos', '', 'Before we put pupils\' photos on the website we ask for their consent.') },
    { name: '"if parents have said yes on the form" is consent', id: 'legal-basis', expected: 'present', text: notice('## Filming', '', 'We only film rehearsals if parents have said yes on the form.') },
    // the duty to provide
    { name: '"If tenants don\'t give us a forwarding address, we can\'t return their deposit" states the consequence', id: 'statutory-requirement', expected: 'present', text: notice('## Deposits', '', 'If tenants don\'t give us a forwarding address, we can\'t return their deposit.') },
    { name: '"When passengers book a trip we need their name" states the need', id: 'statutory-requirement', expected: 'present', text: notice('## Bookings', '', 'When passengers book a trip we need their name and phone number.') },
    { name: '"Supporters do not have to give us their details" states no duty', id: 'statutory-requirement', expected: 'present', text: notice('## Giving', '', 'Supporters do not have to give us their details to make a donation.') },
    // a retention criterion and implied consent
    { name: '"indefinitely, ..., unless they ask us to stop" is a criterion', id: 'retention', expected: 'present', text: notice('## Alumni records', '', 'We keep alumni records indefinitely, as part of a lifelong link with the college, unless they ask us to stop.') },
    { name: '"By using this website, visitors hereby agree" is implied consent', id: 'implied-consent', expected: 'problem', text: notice('## Cookies', '', 'By using this website, visitors hereby agree to our use of cookies.') },
    // second round (rewrites checked after the first fix): the owner in "with the client's permission", "they" sparing a duty, any subject of an implied consent
    { name: '"with the client\'s permission" is consent', id: 'legal-basis', expected: 'present', text: notice('## Sharing', '', 'We only send a client\'s notes to their GP with the client\'s permission.') },
    { name: '"so that they do not have to fill in their details again" is a feature, no statement of a duty', id: 'statutory-requirement', expected: 'missing', text: notice('## Comments', '', 'Commenters may save their name in a cookie, so that they do not have to fill in their details again.') },
    { name: '"By submitting an adoption form adopters consent to us using" is implied consent', id: 'implied-consent', expected: 'problem', text: notice('## Adoption', '', 'By submitting an adoption form adopters consent to us using their information as described here.') },
    { name: '"By logging on to the Wi-Fi guests agree" is implied consent', id: 'implied-consent', expected: 'problem', text: notice('## Wi-Fi', '', 'By logging on to the Wi-Fi guests agree to the logging described above.') },
    // third round (a second set of rewrites): "them" and "their" in access, contract and implied-consent cues
    { name: '"under our agreement with the customer" is a contract', id: 'legal-basis', expected: 'present', text: notice('## Bookings', '', 'We process bookings under our agreement with the customer.') },
    { name: '"Parents can see their child\'s records" is access', id: 'right-access', expected: 'present', text: notice('## Records', '', 'Parents can see their child\'s records at any time.') },
    { name: '"Members can write to us and we\'ll send them a copy" is access', id: 'right-access', expected: 'present', text: notice('## Records', '', 'Members can write to us and we\'ll send them a copy within a month.') },
    { name: '"Members can ask what we\'ve got on them" is access', id: 'right-access', expected: 'present', text: notice('## Records', '', 'Members can ask what we\'ve got on them.') },
    { name: '"By entering the race runners accept that they may appear in photos" is implied consent', id: 'implied-consent', expected: 'problem', text: notice('## Photos', '', 'By entering the race runners accept that they may appear in photos.') },
    { name: '"If visitors keep browsing we\'ll assume they\'re happy with that" is implied consent', id: 'implied-consent', expected: 'problem', text: notice('## Cookies', '', 'We use analytics cookies. If visitors keep browsing we\'ll assume they\'re happy with that.') },
    // fourth round (the third person in verbs and headings, as in session 18's rewrites): "a member leaves", "a user agrees", "What can members ask"
    // (a control: the list under this heading was read as rights before too)
    { name: 'a heading "What can members ask us to do?" frames the list under it', id: 'right-rectification', expected: 'present', text: notice('## What can members ask us to do?', '', '- have their details corrected.') },
    { name: '"Customers can update their contact details online" is rectification', id: 'right-rectification', expected: 'present', text: notice('## Accounts', '', 'Customers can update their contact details online.') },
    { name: '"We rely on subscribers\' consent" is a basis', id: 'legal-basis', expected: 'present', text: notice('## Newsletter', '', 'We rely on subscribers\' consent for the newsletter.') },
    { name: '"which they can withdraw whenever they like" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: notice('## Emails', '', 'We email donors only with their consent, which they can withdraw whenever they like.') },
    { name: '"When a client books a session we need their name" states the need', id: 'statutory-requirement', expected: 'present', text: notice('## Bookings', '', 'When a client books a session we need their name and phone number.') },
    { name: '"deleted as soon as a member leaves" is a criterion', id: 'retention', expected: 'present', text: notice('## Records', '', 'Membership records are deleted as soon as a member leaves the club.') },
    { name: '"By registering, a user agrees to the processing" is implied consent', id: 'implied-consent', expected: 'problem', text: notice('## Registration', '', 'By registering, a user agrees to the processing of their data.') },
    // Near misses: someone else's rights, processors' users, "they" that are not the reader.
    { name: 'a provider asking for "a copy of their contract" is no access', id: 'right-access', expected: 'missing', text: notice('## Payments', '', 'Our payment provider can ask us for a copy of their contract with us.') },
    { name: '"Users of our API can delete records" (the client\'s users) is no erasure', id: 'right-erasure', expected: 'missing', text: notice('## Developers', '', 'Users of our API can delete records they have uploaded for their own customers.') },
    { name: '"Landlords can ask the agency to update their bank details" is no right of the reader', id: 'right-rectification', expected: 'missing', text: notice('## Landlords', '', 'Landlords can ask the agency to update their bank details.') },
    { name: '"Couriers can see the address, and they may delete it" is no right', id: 'right-erasure', expected: 'missing', text: notice('## Deliveries', '', 'Couriers can see the address on the label, and they may delete it after delivery.') },
    { name: '"If our suppliers don\'t give us an invoice, we cannot pay them" is no duty of the reader', id: 'statutory-requirement', expected: 'missing', text: notice('## Suppliers', '', 'If our suppliers don\'t give us an invoice, we cannot pay them.') },
    { name: '"Customers can change their mind about an order" takes back no consent', id: 'right-withdraw-consent', expected: 'missing', text: notice('## Offers', '', 'We send offers only with their consent. Customers can change their mind about an order within 14 days.') },
    { name: '"unless the council asks us to destroy them" is no reader\'s criterion', id: 'retention', expected: 'missing', text: notice('## Minutes', '', 'We keep the minutes of meetings indefinitely, unless the council asks us to destroy them.') },
    { name: 'the same list under "Donor records" is no right', id: 'right-rectification', expected: 'missing', text: notice('## Donor records', '', '- Correcting a record: write to the office.') },
    { name: '"By using this website, visitors can find our opening hours" is no implied consent', id: 'implied-consent', expected: 'none', text: notice('## Cookies', '', 'By using this website, visitors can find our opening hours. We set no cookies.') },
    { name: '"By logging on to the Wi-Fi, the router records the device" is no implied consent', id: 'implied-consent', expected: 'none', text: notice('## Wi-Fi', '', 'By logging on to the Wi-Fi, the router records the device name and the time.') },
    { name: '"with the landlord\'s permission" (no reader) is no consent', id: 'legal-basis', expected: 'missing', text: notice('## Repairs', '', 'Contractors enter the flat with the landlord\'s permission.') },
    { name: '"a contract with our cleaning company" is no basis', id: 'legal-basis', expected: 'missing', text: notice('## Cleaning', '', 'We have a contract with our cleaning company.') },
    { name: 'an accountant who "will send them a copy" of suppliers\' invoices is no access', id: 'right-access', expected: 'missing', text: notice('## Accounts', '', 'We pass our suppliers\' invoices to the accountant, who will send them a copy.') },
    { name: '"When a supplier books a delivery slot, we need their van registration" is no duty of the reader', id: 'statutory-requirement', expected: 'missing', text: notice('## Deliveries', '', 'When a supplier books a delivery slot, we need their van registration.') },
    { name: '"as soon as a member of staff leaves" is no reader\'s criterion', id: 'retention', expected: 'missing', text: notice('## Staff', '', 'Rota sheets are deleted as soon as a member of staff leaves.') },
  ];
  runCases('en', cases);
});
