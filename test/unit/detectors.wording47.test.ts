/**
 * English wordings met in session 17's second round of invented notices (a farm veg-box scheme,
 * a borough council's council tax notice), each beside its near miss: "We also receive
 * information from other sources:" over a list of sources, "because you've signed up with us",
 * "We can't deliver without an address", "we hang on to them for a while", "If you think
 * we've got it wrong you can contact the ICO" (a community transport charity). The sentences
 * are written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

describe('Session 17 English wordings, second round', () => {
  const cases: Case[] = [
    // "from other sources:" over a list: the list names the sources, whatever words it uses
    { name: '"We also receive information from other sources:" over a list names them', id: 'data-sources', expected: 'present', text: joinLines('## Where your information comes from', '', EN, 'Most of it you give us yourself. We also receive information from other sources:', '', '- the land registry office;', '- the electoral roll held by the district;', '- your previous landlord.') },
    { name: '"We may get details from various sources, such as:" over a list names them', id: 'data-sources', expected: 'present', text: joinLines('## Where your information comes from', '', EN, 'We may get details about you from various sources, such as:', '', '- the Driver and Vehicle Agency;', '- the previous occupier of the property.') },
    { name: '"We also receive information from other sources." with no list does not', id: 'data-sources', expected: 'missing', text: joinLines('## Where your information comes from', '', EN, 'Most of it you give us yourself. We also receive information from other sources.', '', 'We use it to keep your account up to date.') },
    // a contract in the reader's own act: "because you've signed up with us"
    { name: '"We do this because you\'ve signed up with us" is a contract', id: 'legal-basis', expected: 'present', text: joinLines('## Why?', '', EN, 'We use your address to deliver your weekly box. We do this because you\'ve signed up with us.') },
    { name: '"as you have booked with me" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Why?', '', EN, 'I use your phone number to confirm the appointment, as you have booked with me.') },
    { name: '"once you\'ve signed up with us you get a welcome email" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Why?', '', EN, 'We use your email to send the welcome pack. Once you\'ve signed up with us you get a welcome email.') },
    // a complaint to the authority after "if you think we've got it wrong"
    { name: '"If you think we\'ve got it wrong you can contact the ICO" is a complaint', id: 'right-complaint', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your information. If you think we\'ve got it wrong you can contact the ICO.') },
    { name: '"If you feel we got something wrong, the Information Commissioner\'s Office can help" is one', id: 'right-complaint', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your information. If you feel we got something wrong, the Information Commissioner\'s Office can help.') },
    { name: '"If you think we\'ve got it wrong, please contact us first" is not', id: 'right-complaint', expected: 'missing', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your information. If you think we\'ve got it wrong, please contact us first.') },
    // a consequence of not giving data in "can't ... without"
    { name: '"We can\'t deliver without an address and a phone number" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Your details', '', EN, 'We take your name, address and phone number to deliver your order. We can\'t deliver without an address and a phone number.') },
    { name: '"The shop couldn\'t post your order without a delivery address" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Orders', '', EN, 'We use your name and address to post your order. The shop couldn\'t post your order without a delivery address.') },
    { name: '"We can\'t deliver on Sundays" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Your details', '', EN, 'We take your name, address and phone number to deliver your order. We can\'t deliver on Sundays without an extra charge.') },
    // "hang on to" / "hold on to" as a keep word before a vague "for a while"
    { name: '"we hang on to them for a while" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## How long?', '', EN, 'We use your details to run the club. If you leave, we hang on to them for a while in case you come back.') },
    { name: '"we hold onto your form for some time" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## How long?', '', EN, 'We use your form to run the club. We hold onto your form for some time, just in case.') },
    { name: '"we hang on to them for two years" is not', id: 'vague-retention', expected: 'none', text: joinLines('## How long?', '', EN, 'We use your details to run the club. If you leave, we hang on to them for two years in case you come back.') },
  ];
  runCases('en', cases);
});
