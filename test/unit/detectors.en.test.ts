/**
 * English detectors: for every checklist id, short notices that say the item in the GDPR's own
 * words or in a common paraphrase, and notices that do not. Conditional ids are tested with their
 * condition triggered and not; quality ids with the problem in the text and without it.
 */
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service/analysis';
import { analyze, joinLines, runCases, statusOf, type Case } from './helpers';

/** An opening that names nothing on the checklist; it gives language detection enough function words. */
const INTRO = 'This notice explains what we do with your data and why.';

const cases: Case[] = [
  // ------------------------------------------------------------ controller-identity (Art. 13(1)(a))
  {
    name: 'A notice that names the company and gives its postal address and e-mail identifies the controller',
    id: 'controller-identity',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'BrightLeaf Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data.',
      'You can e-mail us at privacy@brightleaf.example.',
    ),
  },
  {
    name: 'A "Who we are" section with the organisation and a phone number identifies the controller',
    id: 'controller-identity',
    expected: 'present',
    text: joinLines(
      '# Privacy statement',
      '',
      '## Who we are',
      '',
      'Harbour Dental Practice looks after your teeth and your records.',
      'Call us on +44 20 7946 0000 with any question about your data.',
    ),
  },
  {
    name: 'A notice that gives an e-mail address but never says who the organisation is does not identify the controller',
    id: 'controller-identity',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We use your e-mail address to reply to your questions.',
      'Send any question about this notice to hello@mailbox.example.',
    ),
  },
  {
    name: 'A notice that names the company but gives no way to contact it does not identify the controller',
    id: 'controller-identity',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'This notice is issued by BrightLeaf Books Ltd.',
      'We use your e-mail address to send you order confirmations.',
    ),
  },

  // ------------------------------------------------------------ purposes (Art. 13(1)(c))
  {
    name: 'Saying what the address and e-mail address are used for states the purposes',
    id: 'purposes',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We use your delivery address to ship your order and your e-mail address to send you the receipt.',
    ),
  },
  {
    name: 'The GDPR\'s "purposes of the processing" with a list states the purposes',
    id: 'purposes',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'The purposes of the processing are:',
      '',
      '- handling your club membership;',
      '- organising matches and training sessions.',
    ),
  },
  {
    name: 'A notice that only lists the data it collects does not state the purposes',
    id: 'purposes',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'Northwind Ltd collects your name, e-mail address and IP address.',
      'Questions: privacy@northwind.example.',
    ),
  },

  // ------------------------------------------------------------ legal-basis (Art. 13(1)(c), Art. 6(1))
  {
    name: 'The GDPR\'s "necessary for the performance of a contract" states a legal basis',
    id: 'legal-basis',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We process your address because this is necessary for the performance of a contract with you: delivering what you ordered.',
    ),
  },
  {
    name: 'Compliance with a legal obligation states a legal basis',
    id: 'legal-basis',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We keep invoices to comply with a legal obligation under tax law.',
    ),
  },
  {
    name: '"Our lawful basis for the newsletter is your consent" states a legal basis',
    id: 'legal-basis',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We send a monthly newsletter to subscribers.',
      'Our lawful basis for the newsletter is your consent.',
    ),
  },
  {
    name: 'A notice that says what data is used for but never on which ground gives no legal basis',
    id: 'legal-basis',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We use your e-mail address to send you our newsletter and your address to deliver your order.',
    ),
  },
  {
    name: 'A rights section that says which grounds a right follows ("portability applies to data processed on the basis of your consent or a contract") gives no legal basis of its own',
    id: 'legal-basis',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We use your e-mail address to send you our newsletter and your address to deliver your order.',
      '',
      '## Your rights',
      '',
      'You have the right to data portability for data you gave us that we process on the basis of your consent or a contract.',
      'You have the right to object to processing based on our legitimate interests.',
    ),
  },

  // ------------------------------------------------------------ data-categories (Art. 14(1)(d))
  {
    name: 'Naming the name, postal address and date of birth lists the kinds of data',
    id: 'data-categories',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'When you join, we collect your name, postal address and date of birth.',
    ),
  },
  {
    name: 'A "Categories of personal data" list names the kinds of data',
    id: 'data-categories',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      '## Categories of personal data',
      '',
      '- contact details',
      '- payment information',
      '- IP address',
    ),
  },
  {
    name: 'A notice that only speaks of "the information you give us" does not list the kinds of data',
    id: 'data-categories',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We use the information you give us to answer your questions.',
    ),
  },

  // ------------------------------------------------------------ recipients (Art. 13(1)(e))
  {
    name: 'Sharing data with a payment provider and a courier names the recipients',
    id: 'recipients',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We share your data with our payment provider and with the courier that delivers your parcel.',
    ),
  },
  {
    name: 'The GDPR\'s "the recipients of your personal data are" names the recipients',
    id: 'recipients',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'The recipients of your personal data are our hosting company and our accountant.',
    ),
  },
  {
    name: 'The right of access to information on the recipients of your data does not say who receives it',
    id: 'recipients',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.', 'You have the right of access, including to information on the recipients of your data.'),
  },
  {
    name: 'Saying that nobody receives the data answers the recipients item',
    id: 'recipients',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We do not share your personal data with anyone.',
    ),
  },
  {
    name: 'A notice silent about who receives the data has no recipients',
    id: 'recipients',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We use your e-mail address to send you our newsletter.',
    ),
  },

  // ------------------------------------------------------------ retention (Art. 13(2)(a))
  {
    name: 'Keeping invoices for seven years gives a storage period',
    id: 'retention',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We keep your invoices for seven years because tax law requires it.',
    ),
  },
  {
    name: 'Deleting account data 30 days after the account is closed gives a storage period',
    id: 'retention',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We delete your account data 30 days after you close your account.',
    ),
  },
  {
    name: 'Retaining an application until the end of the recruitment procedure gives a criterion',
    id: 'retention',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We retain your application until the end of the recruitment procedure.',
    ),
  },
  {
    name: '"As long as necessary" is neither a period nor a criterion, so retention is missing',
    id: 'retention',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We keep your personal data for as long as necessary.',
    ),
  },
  {
    name: 'A notice silent about storage has no retention',
    id: 'retention',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We use your e-mail address to send you our newsletter.',
    ),
  },

  // ------------------------------------------------------------ right-access (Art. 15)
  {
    name: 'The GDPR\'s "right of access" is the right of access',
    id: 'right-access',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right of access to your personal data.'),
  },
  {
    name: 'Asking for a copy of the data we hold is the right of access',
    id: 'right-access',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You can ask us for a copy of the personal data we hold about you.'),
  },
  {
    name: 'A rights list without access lacks the right of access',
    id: 'right-access',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '## Your rights', '', 'You may have incorrect data corrected and ask us to delete your data.'),
  },

  // ------------------------------------------------------------ right-rectification (Art. 16)
  {
    name: 'The GDPR\'s "right to rectification" is the right to rectification',
    id: 'right-rectification',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to rectification of inaccurate personal data.'),
  },
  {
    name: 'Having incorrect details corrected is the right to rectification',
    id: 'right-rectification',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You can ask us to correct any details that are wrong.'),
  },
  {
    name: 'A rights list without correction lacks the right to rectification',
    id: 'right-rectification',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '## Your rights', '', 'You have the right of access and the right to object.'),
  },

  // ------------------------------------------------------------ right-erasure (Art. 17)
  {
    name: 'The "right to be forgotten" is the right to erasure',
    id: 'right-erasure',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to erasure ("right to be forgotten").'),
  },
  {
    name: 'Asking us to delete your data is the right to erasure',
    id: 'right-erasure',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You may ask us to delete your data.'),
  },
  {
    name: 'A rights list without deletion lacks the right to erasure',
    id: 'right-erasure',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '## Your rights', '', 'You have the right of access and the right to rectification.'),
  },

  // ------------------------------------------------------------ right-restriction (Art. 18)
  {
    name: 'The GDPR\'s "right to restriction of processing" is the right to restriction',
    id: 'right-restriction',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to restriction of processing.'),
  },
  {
    name: 'Asking us to limit the use of your data while a dispute is open is the right to restriction',
    id: 'right-restriction',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You can ask us to limit the use of your data while we look into a complaint about its accuracy.'),
  },
  {
    name: 'A rights list without restriction lacks the right to restriction',
    id: 'right-restriction',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to access, correct and delete your data.'),
  },

  // ------------------------------------------------------------ right-object (Art. 21)
  {
    name: 'The GDPR\'s "right to object" is the right to object',
    id: 'right-object',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to object to processing based on our legitimate interests.'),
  },
  {
    name: 'Objecting to direct marketing is the right to object',
    id: 'right-object',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You may object to the use of your data for direct marketing at any time.'),
  },
  {
    name: '"You may not object" is not a right to object',
    id: 'right-object',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Because the law requires this check, you may not object to the processing of your data for fraud screening.'),
  },
  {
    name: 'A rights list without objection lacks the right to object',
    id: 'right-object',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to access, correct and delete your data.'),
  },

  // ------------------------------------------------------------ right-portability (Art. 20)
  {
    name: 'The GDPR\'s "right to data portability" is the right to portability',
    id: 'right-portability',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to data portability.'),
  },
  {
    name: 'Receiving your data in a machine-readable format to pass on is the right to portability',
    id: 'right-portability',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You can receive the data you gave us in a structured, commonly used and machine-readable format and have it sent to another provider.'),
  },
  {
    name: 'A rights list without portability lacks the right to portability',
    id: 'right-portability',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to access, correct and delete your data.'),
  },

  // ------------------------------------------------------------ right-complaint (Art. 13(2)(d), 77)
  {
    name: 'The GDPR\'s "lodge a complaint with a supervisory authority" is the right to complain',
    id: 'right-complaint',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to lodge a complaint with a supervisory authority.'),
  },
  {
    name: 'Complaining to the Information Commissioner\'s Office is the right to complain',
    id: 'right-complaint',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'If you are unhappy with how we handle your data, you can complain to the Information Commissioner\'s Office (ICO).'),
  },
  {
    name: 'Complaining only to the company itself is not the right to complain to an authority',
    id: 'right-complaint',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'If you have a complaint about how we use your data, please write to our customer service team.'),
  },

  // ------------------------------------------------------------ automated-decisions (Art. 13(2)(f), 22)
  {
    name: 'A plain "we do not use automated decision-making or profiling" answers the item',
    id: 'automated-decisions',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We do not use automated decision-making or profiling.'),
  },
  {
    name: 'Saying that decisions are based solely on automated processing answers the item',
    id: 'automated-decisions',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Loan applications are assessed by a decision based solely on automated processing of your credit file.'),
  },
  {
    name: 'A notice silent about automated decisions lacks the item',
    id: 'automated-decisions',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.'),
  },
  {
    name: 'Stating the right not to be subject to automated decision-making does not say whether such decisions are taken',
    id: 'automated-decisions',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '## Your rights', '', 'You have the right not to be subject to a decision based solely on automated processing, including profiling.'),
  },
  {
    name: 'A rights list item "Rights in relation to automated decision making and profiling" does not say whether such decisions are taken',
    id: 'automated-decisions',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the following rights:', '', '- The right to be informed.', '- Rights in relation to automated decision making and profiling.'),
  },
  {
    name: 'The right to ask whether data is sent to a third country does not say whether it is',
    id: 'transfers-statement',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right of access, including to information on whether your data is transferred to a third country.'),
  },

  // ------------------------------------------------------------ statutory-requirement (Art. 13(2)(e))
  {
    name: 'Saying the reader is not obliged to provide data and what happens otherwise answers the item',
    id: 'statutory-requirement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You are not obliged to provide your phone number, but without it the courier cannot call you.'),
  },
  {
    name: 'The GDPR\'s "contractual requirement" with the consequence of not providing answers the item',
    id: 'statutory-requirement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Providing your e-mail address is a contractual requirement: if you do not provide it, we cannot create your account.'),
  },
  {
    name: 'A notice silent about whether data must be provided lacks the item',
    id: 'statutory-requirement',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.'),
  },

  // ------------------------------------------------------------ right-withdraw-consent (Art. 13(2)(c), 7(3))
  {
    name: 'Consent as a basis with "you can withdraw your consent at any time" satisfies the right to withdraw',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We send you our newsletter on the basis of your consent.',
      'You can withdraw your consent at any time; this does not affect the lawfulness of processing before the withdrawal.',
    ),
  },
  {
    name: 'Consent as a basis with no word on withdrawing it lacks the right to withdraw',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We send you our newsletter on the basis of your consent.'),
  },
  {
    name: 'Without consent among the bases the right to withdraw is not applicable',
    id: 'right-withdraw-consent',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your address because this is necessary for the performance of our contract with you.'),
  },
  {
    name: 'A generic explainer that organisations must make consent easy to withdraw does not satisfy the right to withdraw',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We send you our newsletter on the basis of your consent.',
      '',
      '## About the GDPR',
      '',
      'Organisations must make consent easy to withdraw.',
    ),
  },
  {
    name: 'A generic explainer "Under the GDPR, organisations must let people withdraw consent" does not satisfy the right to withdraw',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We send you our newsletter on the basis of your consent.',
      '',
      '## About the GDPR',
      '',
      'Under the GDPR, organisations must let people withdraw consent as easily as they gave it.',
    ),
  },

  // ------------------------------------------------------------ legitimate-interests (Art. 13(1)(d))
  {
    name: 'A legitimate interest in preventing fraud names the interest',
    id: 'legitimate-interests',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We check orders on the basis of our legitimate interest in preventing fraud.'),
  },
  {
    name: 'The GDPR\'s "legitimate interests pursued by us, namely" names the interest',
    id: 'legitimate-interests',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'The processing is necessary for the legitimate interests pursued by us, namely keeping our network secure.'),
  },
  {
    name: 'A list per processing with a "Purposes" item ties the legitimate interests in its "Legal basis" item to those purposes',
    id: 'legitimate-interests',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, '## Contact requests', '', '- **Data:** name, e-mail address, your message.', '- **Purposes:** answering your request; preventing abuse.', '- **Legal basis:** legitimate interests (Art. 6(1)(f) GDPR).'),
  },
  {
    name: 'Relying on legitimate interests without saying which lacks the interests',
    id: 'legitimate-interests',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Some of our processing is based on legitimate interests.'),
  },
  {
    name: 'An article reference in brackets between the legitimate interest and what it is in does not part them',
    id: 'legitimate-interests',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We keep server logs on the basis of our legitimate interest (Art. 6(1)(f) GDPR) in keeping our website secure.'),
  },
  {
    name: 'Without legitimate interests among the bases the item is not applicable',
    id: 'legitimate-interests',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We send you our newsletter on the basis of your consent.'),
  },
  {
    name: 'The right to object to processing based on legitimate interests neither relies on them nor names them',
    id: 'legitimate-interests',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'Where we process your personal data on the basis of our legitimate interests or for a task carried out in the public interest, you have the right to object to that processing for direct marketing.'),
  },
  {
    name: 'A notice that relies on legitimate interests still lacks them when only its right to object mentions them again',
    id: 'legitimate-interests',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Some of our processing is based on legitimate interests.', '', 'Right to object: where we process your personal data on the basis of our legitimate interests, you have the right to object to that processing for direct marketing.'),
  },

  // ------------------------------------------------------------ transfer-safeguards (Art. 13(1)(f), 46)
  {
    name: 'A transfer to the United States under standard contractual clauses names the safeguard',
    id: 'transfer-safeguards',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Our e-mail provider stores data in the United States; we have agreed the European Commission\'s standard contractual clauses with it.'),
  },
  {
    name: 'A transfer to a third country under an adequacy decision names the safeguard',
    id: 'transfer-safeguards',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Our backup provider is located in a third country, Canada, for which the European Commission has adopted an adequacy decision.'),
  },
  {
    name: 'Providers outside the EEA with no safeguard named lack the safeguard',
    id: 'transfer-safeguards',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Some of our service providers are located outside the EEA.'),
  },
  {
    name: '"We do not transfer data outside the EEA" makes transfer safeguards not applicable',
    id: 'transfer-safeguards',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We do not transfer personal data outside the EEA.'),
  },
  {
    name: 'A notice that never mentions transfers makes transfer safeguards not applicable',
    id: 'transfer-safeguards',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.'),
  },

  // ------------------------------------------------------------ dpo-contact (Art. 13(1)(b))
  {
    name: 'A DPO with an e-mail address gives the DPO\'s contact details',
    id: 'dpo-contact',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Our data protection officer can be reached at dpo@acme.example.'),
  },
  {
    name: 'An appointed DPO without contact details lacks them',
    id: 'dpo-contact',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.', '', 'We have appointed a data protection officer.'),
  },
  {
    name: 'A notice that mentions no DPO makes the DPO contact not applicable',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.'),
  },
  {
    name: 'A "Data protection officer" section saying that none has been appointed asks for no contact details',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, '## Data protection officer', '', 'We are not required to appoint a data protection officer and have not done so.'),
  },
  {
    name: 'A generic GDPR glossary that defines "Data Protection Officer" does not mean one was appointed',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      'We use your e-mail address to send you our newsletter.',
      '',
      '## Glossary',
      '',
      '- Controller: the organisation that decides why and how personal data is processed.',
      '- Data Protection Officer (DPO): a person who advises an organisation on the GDPR and monitors its compliance.',
    ),
  },

  // ------------------------------------------------------------ data-sources (Art. 14(2)(f))
  {
    name: 'Data obtained from public registers such as Companies House names the source',
    id: 'data-sources',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We obtain the contact details of company directors from public registers such as Companies House.'),
  },
  {
    name: 'Data obtained from "third parties" with no source named lacks the sources',
    id: 'data-sources',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Some of the data we hold about you was obtained from third parties.'),
  },
  {
    name: 'A notice where all data comes from the reader makes data sources not applicable',
    id: 'data-sources',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We only use the data that you give us yourself when you place an order.'),
  },
  {
    name: '"We do not obtain data from third parties" makes data sources not applicable',
    id: 'data-sources',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We do not obtain personal data about you from third parties.'),
  },

  // ------------------------------------------------------------ last-updated
  {
    name: '"Last updated: 3 March 2024" dates the notice',
    id: 'last-updated',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Last updated: 3 March 2024', '', 'We use your e-mail address to send you our newsletter.'),
  },
  {
    name: 'A version number dates the notice',
    id: 'last-updated',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.', '', 'Version 2.1, January 2025'),
  },
  {
    name: 'A notice with no date or version is not dated',
    id: 'last-updated',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.'),
  },

  // ------------------------------------------------------------ cookies
  {
    name: 'Analytics cookies placed only after acceptance in the banner say how consent is handled',
    id: 'cookies',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We place analytics cookies only after you accept them in our cookie banner, and you can change your choice at any time.'),
  },
  {
    name: '"This website does not use cookies" answers the cookies item',
    id: 'cookies',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'This website does not use cookies.'),
  },
  {
    name: '"Our website uses cookies" with nothing on consent lacks the handling',
    id: 'cookies',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Our website uses cookies.'),
  },
  {
    name: 'Google Analytics without a word on cookies lacks the cookies item',
    id: 'cookies',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We use Google Analytics to count visits to our website.'),
  },
  {
    name: 'A notice with no cookies or trackers makes the cookies item not applicable',
    id: 'cookies',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.'),
  },

  // ------------------------------------------------------------ transfers-statement
  {
    name: '"We do not transfer data outside the EEA" states whether data leaves the EEA',
    id: 'transfers-statement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We do not transfer personal data outside the EEA.'),
  },
  {
    name: 'Data stored on servers in the EU states whether data leaves the EEA',
    id: 'transfers-statement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'All data is stored on servers in the EU.'),
  },
  {
    name: 'A transfer to a third country states whether data leaves the EEA',
    id: 'transfers-statement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Some of our service providers are located outside the EEA.'),
  },
  {
    name: 'A notice silent about where data goes does not state it',
    id: 'transfers-statement',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address to send you our newsletter.'),
  },

  // ------------------------------------------------------------ vague-retention
  {
    name: '"For as long as necessary" is a vague retention statement',
    id: 'vague-retention',
    expected: 'problem',
    text: joinLines('# Privacy notice', '', INTRO, 'We keep your personal data for as long as necessary.'),
  },
  {
    name: '"No longer than necessary for the purposes" is a vague retention statement',
    id: 'vague-retention',
    expected: 'problem',
    text: joinLines('# Privacy notice', '', INTRO, 'Personal data is retained no longer than necessary for the purposes for which it was collected.'),
  },
  {
    name: 'A retention of seven years is not vague',
    id: 'vague-retention',
    expected: 'none',
    text: joinLines('# Privacy notice', '', INTRO, 'We keep invoices for seven years.'),
  },
  {
    name: '"As long as necessary" followed by the actual period in the same section is not vague',
    id: 'vague-retention',
    expected: 'none',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      '## How long we keep your data',
      '',
      'We keep your data only as long as necessary for your membership. We delete it 12 months after your membership ends.',
    ),
  },

  // ------------------------------------------------------------ implied-consent
  {
    name: '"By continuing to browse this site, you accept our use of cookies" infers consent from use',
    id: 'implied-consent',
    expected: 'problem',
    text: joinLines('# Privacy notice', '', INTRO, 'By continuing to browse this site, you accept our use of cookies.'),
  },
  {
    name: '"If you do not change your settings, we will assume that you are happy" infers consent from silence',
    id: 'implied-consent',
    expected: 'problem',
    text: joinLines('# Privacy notice', '', INTRO, 'If you do not change your browser settings, we will assume that you are happy to receive all cookies.'),
  },
  {
    name: 'Cookies placed after clicking "Accept" is consent, not implied consent',
    id: 'implied-consent',
    expected: 'none',
    text: joinLines('# Privacy notice', '', INTRO, 'We only place analytics cookies after you click "Accept" in the cookie banner.'),
  },

  // ------------------------------------------------------------ outdated-reference
  {
    name: 'Relying on the EU-US Privacy Shield is an outdated reference',
    id: 'outdated-reference',
    expected: 'problem',
    text: joinLines('# Privacy notice', '', INTRO, 'Our US provider is certified under the EU-US Privacy Shield.'),
  },
  {
    name: 'Citing Directive 95/46/EC is an outdated reference',
    id: 'outdated-reference',
    expected: 'problem',
    text: joinLines('# Privacy notice', '', INTRO, 'We process your data in accordance with Directive 95/46/EC.'),
  },
  {
    name: 'Citing the Data Protection Act 1998 is an outdated reference',
    id: 'outdated-reference',
    expected: 'problem',
    text: joinLines('# Privacy notice', '', INTRO, 'We are registered under the Data Protection Act 1998.'),
  },
  {
    name: 'Relying on the EU-US Data Privacy Framework is not an outdated reference',
    id: 'outdated-reference',
    expected: 'none',
    text: joinLines('# Privacy notice', '', INTRO, 'Our US provider is certified under the EU-US Data Privacy Framework.'),
  },

  // ------------------------------------------------------------ basis-without-purpose
  {
    name: 'Consent named beside a contract basis but tied to no purpose is a basis without a purpose',
    id: 'basis-without-purpose',
    expected: 'problem',
    text: joinLines(
      '# Privacy notice',
      '',
      INTRO,
      '',
      'We use your address to deliver your order, because this is necessary for the performance of our contract with you.',
      '',
      '## Legal basis',
      '',
      'In some cases we also rely on consent.',
    ),
  },
  {
    name: 'Consent tied to sending the newsletter is not a basis without a purpose',
    id: 'basis-without-purpose',
    expected: 'none',
    text: joinLines('# Privacy notice', '', INTRO, 'We rely on your consent to send you our newsletter.'),
  },
  {
    name: 'A legitimate interest in preventing fraud is not a basis without a purpose',
    id: 'basis-without-purpose',
    expected: 'none',
    text: joinLines('# Privacy notice', '', INTRO, 'We check orders on the basis of our legitimate interest in preventing fraud.'),
  },
];

/**
 * Wording of English notices the cases above do not show (UK notices on the ICO's template,
 * university and public-body notices), and sentences that use a cue's words without giving the
 * item (a statutory requirement to keep records is no requirement to provide data).
 */
const moreCases: Case[] = [
  {
    name: 'A company that lists phone numbers among the data it collects has not given its own phone number',
    id: 'controller-identity',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Northwind Books Ltd decides how your data is used.', 'We collect your name, your postal address and your phone number.'),
  },
  {
    name: 'The supervisory authority\'s address and helpline at the end are not the controller\'s contact details',
    id: 'controller-identity',
    expected: 'missing',
    format: 'plaintext',
    text: joinLines('Privacy notice', '', INTRO, '', 'Northwind Books Ltd decides how your data is used.', '', 'How to complain', '', 'You can complain to the supervisory authority. Its address:', '', 'Data Protection Authority', '1 Example Street', 'Exampleton EX1 2AB', 'Helpline: 0300 000 0000'),
  },
  {
    name: 'An e-mail address in the sentence that also names the regulator is the controller\'s contact',
    id: 'controller-identity',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Northwind Books Ltd decides how your data is used.', 'Mail privacy@northwind.example with questions, or complain to the Information Commissioner.'),
  },
  {
    name: 'A company with its own phone number, before the authority\'s address, gives its contact details',
    id: 'controller-identity',
    expected: 'present',
    format: 'plaintext',
    text: joinLines('Privacy notice', '', INTRO, '', 'Northwind Books Ltd decides how your data is used. Call us on 0117 496 0000.', '', 'How to complain', '', 'You can complain to the supervisory authority. Its address:', '', 'Data Protection Authority', '1 Example Street', 'Exampleton EX1 2AB'),
  },
  {
    name: '"Your consent." as an item under "the lawful bases we rely on are:" (the ICO template) states consent as a basis',
    id: 'legal-basis',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, '', 'Under the UK GDPR, the lawful bases we rely on for processing this information are:', '', '- Your consent.'),
  },
  {
    name: 'Consent listed under the lawful bases makes withdrawing consent required',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '', 'Under the UK GDPR, the lawful bases we rely on for processing this information are:', '', '- (a) Your consent.', '- (b) We have a legal obligation.'),
  },
  {
    name: '"Your consent preferences" in a list of data collected states no legal basis',
    id: 'legal-basis',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '', 'We collect the following:', '', '- your consent preferences', '- your name'),
  },
  {
    name: 'A purpose tagged "(consent)" in a list relies on consent, so withdrawing it must be explained',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '', 'We use your data for:', '', '- sending our monthly newsletter (consent)', '- managing your membership (contract)'),
  },
  {
    name: 'A purpose tagged "(contract)" in a list states a legal basis',
    id: 'legal-basis',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, '', 'We use your data for:', '', '- managing your membership (contract)'),
  },
  // The regulation's own English wording (Arts. 6, 13, 14), as lawyers paste it into notices.
  {
    name: 'Art. 6(1)(a) in the regulation\'s words ("the data subject has given consent") is a legal basis',
    id: 'legal-basis',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'The data subject has given consent to the processing of his or her personal data for one or more specific purposes.'),
  },
  {
    name: 'Art. 13(2)(c) in the regulation\'s words gives the right to withdraw consent',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We send the newsletter on the basis of your consent. You have the right to withdraw consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal.'),
  },
  {
    name: 'Art. 6(1)(e) in the regulation\'s words is a legal basis',
    id: 'legal-basis',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Processing is necessary for the performance of a task carried out in the public interest.'),
  },
  {
    name: 'Art. 13(2)(d) in the regulation\'s words gives the right to complain',
    id: 'right-complaint',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to lodge a complaint with a supervisory authority.'),
  },
  {
    name: 'Art. 13(2)(f) in the regulation\'s words, negated, says whether automated decisions are made',
    id: 'automated-decisions',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'There is no automated decision-making, including profiling, referred to in Article 22(1) and (4) GDPR.'),
  },
  {
    name: 'Art. 13(2)(e) in the regulation\'s words says whether providing data is required',
    id: 'statutory-requirement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'The provision of personal data is neither a statutory nor a contractual requirement, and you are not obliged to provide the personal data.'),
  },
  {
    name: 'Art. 14(2)(f) in the regulation\'s words ("originate from publicly accessible sources") names the source',
    id: 'data-sources',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'The personal data originate from publicly accessible sources, namely the Companies House register.'),
  },
  {
    name: '"Giving us your phone number is optional" says whether providing data is required',
    id: 'statutory-requirement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Giving us your phone number is optional.'),
  },
  {
    name: '"Entering your date of birth is not mandatory" says whether providing data is required',
    id: 'statutory-requirement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Entering your date of birth is not mandatory.'),
  },
  {
    name: 'Art. 13(2)(b) in the regulation\'s words gives the right (access)',
    id: 'right-access',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning you or to object to processing as well as the right to data portability.'),
  },
  {
    name: 'Art. 13(2)(b) in the regulation\'s words gives the right (rectification)',
    id: 'right-rectification',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning you or to object to processing as well as the right to data portability.'),
  },
  {
    name: 'Art. 13(2)(b) in the regulation\'s words gives the right (erasure)',
    id: 'right-erasure',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning you or to object to processing as well as the right to data portability.'),
  },
  {
    name: 'Art. 13(2)(b) in the regulation\'s words gives the right (restriction)',
    id: 'right-restriction',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning you or to object to processing as well as the right to data portability.'),
  },
  {
    name: 'Art. 13(2)(b) in the regulation\'s words gives the right (object)',
    id: 'right-object',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning you or to object to processing as well as the right to data portability.'),
  },
  {
    name: 'Art. 13(2)(b) in the regulation\'s words gives the right (portability)',
    id: 'right-portability',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning you or to object to processing as well as the right to data portability.'),
  },
  {
    name: '"Optional cookies" says nothing about whether readers must provide data',
    id: 'statutory-requirement',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Our optional cookies help us count visits.'),
  },
  {
    name: 'The ICO template\'s "from the following sources:" over a list names the sources, whatever words the list uses',
    id: 'data-sources',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, '', 'We also receive personal information indirectly, from the following sources:', '', '- the congregation where you serve as a volunteer', '- the diocese office, when it forwards your application'),
  },
  {
    name: 'A list of data received from third parties does not name the third parties',
    id: 'data-sources',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '', 'We receive the following data from third parties:', '', '- your name', '- your postal address'),
  },
  {
    name: '"Other sources of funding" says nothing about where personal data comes from',
    id: 'data-sources',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'Applicants may list other potential sources of funding in their budget.'),
  },
  {
    name: 'A rights list with "rights in relation to automated decision making and profiling" does not say whether such decisions are made',
    id: 'automated-decisions',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, '', '## Your rights', '', 'You have the following rights:', '', '- the right of access', '- the right to object', '- rights in relation to automated decision making and profiling'),
  },
  {
    name: 'The right not to be subject to automated decisions, followed by "we do not use automated decision-making", says whether such decisions are made',
    id: 'automated-decisions',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'You have the right not to be subject to a decision based solely on automated processing, including profiling (Article 22). We do not use automated decision-making.'),
  },
  {
    name: '"A statutory requirement" said of keeping records does not say whether readers must provide data',
    id: 'statutory-requirement',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We keep invoices for six years because that is a statutory requirement.'),
  },
  {
    name: '"The provision of this information is a statutory requirement" says whether readers must provide data',
    id: 'statutory-requirement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'The provision of this information is a statutory requirement under tax law.'),
  },
  {
    name: '"Kept on European servers" says whether data leaves the EEA',
    id: 'transfers-statement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Our member database is kept on European servers.'),
  },
  {
    name: '"An EU-based hosting provider" says whether data leaves the EEA',
    id: 'transfers-statement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'The club website runs with an EU-based hosting provider.'),
  },
  {
    name: 'Combining data with information from other sources, named, gives the sources',
    id: 'data-sources',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We may combine the details you give us with information from other sources, such as credit reference agencies.'),
  },
  {
    name: 'Combining data with information from other sources, unnamed, leaves the sources missing',
    id: 'data-sources',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We may combine what you tell us with data from other sources to keep our records accurate.'),
  },
  {
    name: 'Not embedding social media plug-ins says nothing about sources, so the item is not applicable',
    id: 'data-sources',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We do not embed social media plug-ins on our website.'),
  },
];

/** Wordings of careful notices that do not use the regulation's words, and near misses of them. */
const wordingCases: Case[] = [
  {
    name: '"You are entitled to take the matter up with the Data Protection Commission" is the right to complain',
    id: 'right-complaint',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'If you think we have handled your data wrongly, you are entitled to take the matter up with the Data Protection Commission.'),
  },
  {
    name: '"You may take back this permission whenever you like" says consent can be withdrawn',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We send you our guide only with your consent (Article 6(1)(a) GDPR). You may take back this permission whenever you like.'),
  },
  {
    name: '"Ask us to limit how we use your data while a dispute is settled" describes the right to restriction',
    id: 'right-restriction',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, '## Your rights', '', 'You may ask us to limit how we use your data while a dispute about it is being settled.'),
  },
  {
    name: 'Software that scores CVs, with "no candidate is rejected by the software alone", says whether decisions are automated',
    id: 'automated-decisions',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Our software scores CVs, but no candidate is rejected by the software alone.'),
  },
  {
    name: 'An "applicant-tracking system" is no tracker: cookies are not in question',
    id: 'cookies',
    expected: 'not-applicable',
    text: joinLines('# Privacy notice', '', INTRO, 'We keep your CV in our applicant-tracking system.'),
  },
  {
    name: 'A field marked "(optional)" says whether that data must be provided',
    id: 'statutory-requirement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'To register we ask for a username and an e-mail address (optional).'),
  },
  {
    name: 'A small business signing off its notice with its name and address names the controller',
    id: 'controller-identity',
    expected: 'present',
    text: joinLines('# Privacy', '', INTRO, 'We use your phone number only to confirm your appointments.', '', 'Questions? Mail us at hello@brightcuts.example.', '', 'Bright Cuts, 12 Mill Street, Leeds'),
  },
  {
    name: '"By uploading photos you accept this policy" infers consent from use',
    id: 'implied-consent',
    expected: 'problem',
    text: joinLines('# Privacy notice', '', INTRO, 'By uploading photos you accept this policy.'),
  },
  {
    name: 'A trading name said to be "an online photo printing service", with an e-mail address, names the controller',
    id: 'controller-identity',
    expected: 'present',
    text: joinLines('# Privacy policy', '', 'PrintNest is an online photo printing service.', '', INTRO, 'We use your address to ship your prints.', '', 'Questions: support@printnest.example.'),
  },
  {
    name: 'A supplier that "may keep data on servers anywhere in the world" takes data outside the EEA',
    id: 'transfer-safeguards',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Your details are stored by our software supplier, which may keep data on servers anywhere in the world.'),
  },
  {
    name: '"Does not leave the European Union" says where the data is kept',
    id: 'transfers-statement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Your booking data does not leave the European Union.'),
  },
  {
    name: '"Don’t leave the UK", with a curly apostrophe, says where the data is kept',
    id: 'transfers-statement',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Member records don’t leave the UK.'),
  },
  {
    name: 'Data that "never leaves our hands" says nothing about the EEA',
    id: 'transfers-statement',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'We use your e-mail address only to answer you, and it never leaves our hands.'),
  },
  {
    name: '"Stay on our mailing list until they unsubscribe" gives a retention criterion',
    id: 'retention',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Subscribers stay on our mailing list until they unsubscribe.'),
  },
  {
    name: 'A name that "will remain on our list of members", with no end, gives no retention criterion',
    id: 'retention',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Your name will remain on our list of members.'),
  },
  {
    name: 'Camera footage "overwritten after 30 days" gives a retention period',
    id: 'retention',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Camera footage is automatically overwritten after 30 days.'),
  },
  {
    name: 'Enquiries deleted "once they have been resolved" gives a retention criterion',
    id: 'retention',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'We delete enquiries once they have been resolved.'),
  },
  {
    name: '"When your complaint has been resolved, we will let you know" says nothing about keeping data',
    id: 'retention',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'When your complaint has been resolved, we will let you know by e-mail.'),
  },
  {
    name: 'An "IT support company" that maintains our systems is a recipient',
    id: 'recipients',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'Our IT support company can see your data when it maintains our systems.'),
  },
  {
    name: '"Our IT team answers your questions" names no recipient',
    id: 'recipients',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Our IT team answers your questions.'),
  },
  {
    name: '"This website belongs to" a business with an address and e-mail names the controller',
    id: 'controller-identity',
    expected: 'present',
    text: joinLines('# Privacy notice', '', INTRO, 'This website belongs to Harbour Kites, 10 Quay Street, Whitby. Email: hello@harbourkites.example'),
  },
  {
    name: '"Your data belongs to you" with an e-mail address does not name the controller',
    id: 'controller-identity',
    expected: 'missing',
    text: joinLines('# Privacy notice', '', INTRO, 'Your data belongs to you. Questions? Mail info@site.example'),
  },
];

describe('English detectors', () => {
  runCases('en', cases);
  runCases('en', moreCases);
  runCases('en', wordingCases);

  it('covers every checklist id with a present (or problem) case and a missing (or none) case', () => {
    const ids = new Set(cases.map((c) => c.id));
    assert.equal(ids.size, 27);
    for (const id of ids) {
      const expected = new Set(cases.filter((c) => c.id === id).map((c) => c.expected));
      assert.ok(expected.has('present') || expected.has('problem'), `${id} has a positive case`);
      assert.ok(expected.has('missing') || expected.has('none'), `${id} has a negative case`);
    }
  });

  it('reads "we do not transfer data outside the EEA" as a transfers statement with nothing to safeguard', () => {
    const a = analyze(joinLines('# Privacy notice', '', INTRO, 'We do not transfer personal data outside the EEA.'), 'en');
    assert.equal(statusOf(a, 'transfers-statement'), 'present');
    assert.equal(statusOf(a, 'transfer-safeguards'), 'not-applicable');
  });

  it('finds the same items in a plain-text notice as in the Markdown one', () => {
    const lines = [
      'Privacy notice',
      '',
      'BrightLeaf Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller. E-mail privacy@brightleaf.example.',
      '',
      'Your rights',
      '',
      'You have the right of access, the right to rectification and the right to erasure.',
    ];
    const md = analyze(joinLines('# ' + lines[0], ...lines.slice(1, 4), '## ' + lines[4], ...lines.slice(5)), 'en', 'markdown');
    const txt = analyze(joinLines(...lines), 'en', 'plaintext');
    for (const id of ['controller-identity', 'right-access', 'right-rectification', 'right-erasure', 'right-object'] as const) {
      assert.equal(statusOf(txt, id), statusOf(md, id), id);
    }
  });
});

describe('Language detection and notice recognition', () => {
  const detect = (text: string): string => analyzeDocument(text, { language: 'auto', format: 'plaintext' }).language;

  it('detects English', () => {
    assert.equal(detect('We use your personal data to send you the newsletter and we keep it for two years.'), 'en');
  });

  it('detects Dutch', () => {
    assert.equal(detect('Wij gebruiken uw persoonsgegevens om u de nieuwsbrief te sturen en bewaren ze twee jaar.'), 'nl');
  });

  it('detects German', () => {
    assert.equal(detect('Wir verwenden Ihre Daten, um Ihnen den Newsletter zu senden, und wir speichern sie für die Dauer der Mitgliedschaft bei dem Verein.'), 'de');
  });

  it('detects French', () => {
    assert.equal(detect('Nous utilisons vos données pour vous envoyer la lettre d\'information et nous les conservons pendant la durée de votre abonnement.'), 'fr');
  });

  it('answers unknown for too little text', () => {
    assert.equal(detect('Privacy'), 'unknown');
    assert.equal(detect(''), 'unknown');
  });

  it('gives no findings for a language without tables', () => {
    const a = analyzeDocument('Utilizziamo i tuoi dati personali per inviarti la newsletter e li conserviamo fino alla cancellazione della tua iscrizione.', { language: 'auto', format: 'plaintext' });
    assert.equal(a.language, 'unknown');
    assert.equal(a.supported, false);
    assert.deepEqual(a.findings, []);
  });

  it('does not take a cooking README for a privacy notice', () => {
    const a = analyze(
      joinLines(
        '# Grandma\'s tomato soup',
        '',
        'A simple soup for four people. It takes about forty minutes.',
        '',
        '## Ingredients',
        '',
        '- 1 kg ripe tomatoes',
        '- 1 onion',
        '- 2 cloves of garlic',
        '',
        '## Method',
        '',
        'Chop the onion and the garlic and fry them in olive oil. Add the tomatoes and let it simmer for twenty minutes. Blend and season to taste.',
      ),
      'en',
    );
    assert.equal(a.looksLikeNotice, false);
  });

  it('takes a document titled "Privacy Policy" for a privacy notice', () => {
    const a = analyze(joinLines('# Privacy Policy', '', 'We use your e-mail address to send you our newsletter.'), 'en');
    assert.equal(a.looksLikeNotice, true);
  });

  it('takes a plain-text document titled "Privacy Policy" for a privacy notice', () => {
    const a = analyze(joinLines('Privacy Policy', '', 'We use your e-mail address to send you our newsletter.'), 'en', 'plaintext');
    assert.equal(a.looksLikeNotice, true);
  });
});
