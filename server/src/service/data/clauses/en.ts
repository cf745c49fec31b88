/**
 * English clauses. Terms follow the English text of the GDPR (controller, data subject, legal
 * basis, legitimate interests, supervisory authority); articles are cited as "Article 13(2)(b)
 * GDPR". The reader is addressed as "you", the controller speaks as "we".
 */
import type { ClauseTable, RuleClause } from './types';

/** How a reader exercises any right, and the answer period of Art. 12(3). */
const EXERCISE =
  'To exercise this right, please contact us at {contact}. We will respond without undue delay and in any event within one month of receiving your request (Article 12(3) GDPR).';

const RIGHT = {
  access:
    '**Right of access** (Article 15 GDPR): you have the right to know whether we process personal data about you and, if we do, to receive a copy of that data together with information about how we process it.',
  rectification:
    '**Right to rectification** (Article 16 GDPR): you have the right to have inaccurate personal data about you corrected and incomplete personal data completed.',
  erasure:
    '**Right to erasure** (Article 17 GDPR): you have the right to have your personal data erased, for example when we no longer need it for the purposes for which we collected it or when we process it unlawfully. This right does not apply where we must keep the data, for example to comply with a legal obligation or to establish, exercise or defend legal claims.',
  restriction:
    '**Right to restriction of processing** (Article 18 GDPR): you have the right to have the processing of your personal data restricted, for example while we verify whether the data is accurate, or where we no longer need the data but you need it to establish, exercise or defend legal claims. We then store the data but use it otherwise only in the cases the GDPR permits.',
  object:
    '**Right to object** (Article 21 GDPR): where we process your personal data on the basis of our legitimate interests or for a task carried out in the public interest, you have the right to object at any time, on grounds relating to your particular situation. We will then stop the processing unless we demonstrate compelling legitimate grounds that override your interests, rights and freedoms, or need the data to establish, exercise or defend legal claims. You can object at any time to the use of your personal data for direct marketing; we will then no longer use it for that purpose.',
  portability:
    '**Right to data portability** (Article 20 GDPR): where we process personal data that you have provided to us on the basis of your consent or of a contract with you, and the processing is carried out by automated means, you have the right to receive that data in a structured, commonly used and machine-readable format and to have it transmitted directly to another organisation where this is technically feasible.',
  withdraw:
    '**Right to withdraw consent** (Article 7(3) GDPR): where we process your personal data on the basis of your consent, you have the right to withdraw that consent at any time, as easily as you gave it. Withdrawal does not affect the lawfulness of the processing carried out before it.',
} as const;

const right = (prefix: string, label: string, title: string, text: string, article: string): RuleClause => ({
  prefix,
  label,
  description: `The reader's ${label.toLowerCase()} (${article} GDPR) and how to exercise it.`,
  title,
  blocks: [{ kind: 'paragraph', text }, { kind: 'paragraph', text: EXERCISE }],
  item: text,
  entry: true,
});

const TRANSFER_SCC =
  'Where a recipient is located in a country outside the European Economic Area (EEA) for which the European Commission has not adopted an adequacy decision (Article 45 GDPR), we transfer your personal data only on the basis of the standard contractual clauses adopted by the European Commission (Commission Implementing Decision (EU) 2021/914; Article 46(2)(c) GDPR), together with supplementary measures where these are needed to protect the data. You can obtain a copy of these safeguards by contacting us at {contact}.';

const AUTOMATED = [
  'We [[do not make|make]] decisions about you based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you (Article 22 GDPR).',
  '[If we do: the logic involved, the significance and the envisaged consequences of such processing for you, and your right to obtain human intervention, to express your point of view and to contest the decision.]',
] as const;

const COOKIES = [
  'Our website uses cookies and similar technologies. We place cookies that are strictly necessary for the website to function without asking for your consent. We place all other cookies, such as [analytics and advertising cookies], only with your consent, which we ask for through [our cookie banner] when you first visit the website.',
  'You can withdraw your consent or change your choices at any time, as easily as you gave them, through [the cookie settings at the bottom of each page]. Withdrawal does not affect the lawfulness of the processing carried out before it.',
] as const;

const CONSENT =
  'We ask for your consent before we [process your personal data for this purpose]. Your consent must be freely given, specific, informed and unambiguous, and you give it by a clear affirmative act, such as clicking “Accept” in [our consent request] (Article 4(11) and Article 7 GDPR). You can withdraw your consent at any time, as easily as you gave it, through [how to withdraw, e.g. the settings of your account]; withdrawal does not affect the lawfulness of the processing carried out before it.';

const COMPLAINT_TITLE = 'Complaints to the supervisory authority';

export const en: ClauseTable = {
  lang: 'en',
  slots: {
    controller: '[name of the organisation]',
    contact: '[e-mail address or postal address]',
    date: '[date]',
  },
  complaint: {
    named:
      'You have the right to lodge a complaint with a supervisory authority about our processing of your personal data (Article 77 GDPR). Our supervisory authority is the {authorityName}; its website, {authorityWebsite}, explains how to lodge a complaint. You may also lodge a complaint with the supervisory authority of the EU Member State where you live or work, or where the alleged infringement took place.',
    uk: "You have the right to lodge a complaint about our processing of your personal data with the Information Commissioner's Office (ICO), the UK supervisory authority; its website, {authorityWebsite}, explains how to do so.",
    eu: 'You have the right to lodge a complaint with a supervisory authority about our processing of your personal data (Article 77 GDPR), in particular in the EU Member State where you live or work, or where the alleged infringement took place. The European Data Protection Board lists the supervisory authorities of all Member States on its website, {authorityWebsite}.',
  },
  rules: {
    'controller-identity': {
      prefix: 'gdpr-controller',
      label: 'Controller and contact details',
      description: 'Who is responsible for the personal data and how to reach them (Article 13(1)(a) GDPR).',
      title: 'Who we are and how to contact us',
      blocks: [
        { kind: 'paragraph', text: '{controller} is the controller responsible for the processing of your personal data described in this privacy notice.' },
        { kind: 'paragraph', text: 'If you have any questions about this privacy notice or about how we use your personal data, or if you wish to exercise your rights, please contact us at {contact}.' },
      ],
      item: '{controller} is the controller responsible for the processing of your personal data; you can contact us at {contact}.',
    },
    purposes: {
      prefix: 'gdpr-purposes',
      label: 'Purposes of processing',
      description: 'What the personal data is used for (Article 13(1)(c) GDPR).',
      title: 'Why we use your personal data',
      blocks: [
        { kind: 'paragraph', text: 'We use your personal data for the following purposes:' },
        { kind: 'list', items: ['[first purpose, e.g. to perform our contract with you];', '[second purpose, e.g. to answer your questions].'] },
        { kind: 'paragraph', text: 'If we intend to use your personal data for another purpose, we will inform you before we do so (Article 13(3) GDPR).' },
      ],
      item: 'We use your personal data in order to [purpose].',
    },
    'legal-basis': {
      prefix: 'gdpr-legal-basis',
      label: 'Legal basis',
      description: 'The legal basis for each purpose (Article 13(1)(c) and Article 6(1) GDPR).',
      title: 'Legal basis for the processing',
      blocks: [
        { kind: 'paragraph', text: 'We may process your personal data only if the GDPR provides a legal basis for it (Article 6(1) GDPR). The legal basis for each purpose is as follows:' },
        { kind: 'list', items: ['[purpose]: [legal basis, e.g. the performance of our contract with you, Article 6(1)(b) GDPR];', '[purpose]: [legal basis, e.g. compliance with a legal obligation to which we are subject, Article 6(1)(c) GDPR].'] },
      ],
      item: 'The legal basis for [purpose] is [legal basis, e.g. the performance of our contract with you, Article 6(1)(b) GDPR].',
    },
    'data-categories': {
      prefix: 'gdpr-data',
      label: 'Categories of personal data',
      description: 'Which kinds of personal data are processed (Article 14(1)(d) GDPR).',
      title: 'The personal data we process',
      blocks: [
        { kind: 'paragraph', text: 'We process the following categories of personal data about you:' },
        { kind: 'list', items: ['[category of personal data, e.g. your name and contact details];', '[category of personal data, e.g. your order and payment details].'] },
      ],
      item: 'We process the following personal data about you: [categories of personal data, e.g. your name, e-mail address and telephone number].',
    },
    recipients: {
      prefix: 'gdpr-recipients',
      label: 'Recipients',
      description: 'Who receives the personal data (Article 13(1)(e) GDPR).',
      title: 'Who receives your personal data',
      blocks: [
        { kind: 'paragraph', text: 'We share your personal data only where this is necessary for the purposes described in this privacy notice. The following recipients or categories of recipients may receive your personal data:' },
        {
          kind: 'list',
          items: [
            'service providers that process personal data on our behalf, such as [hosting and IT service providers], under a data processing agreement that binds them to our instructions (Article 28 GDPR);',
            '[other recipient or category of recipients, and why they receive the data];',
            'public authorities, where the law requires us to provide personal data to them.',
          ],
        },
      ],
      item: 'We share your personal data with [recipient or category of recipients] for [purpose].',
    },
    retention: {
      prefix: 'gdpr-retention',
      label: 'Retention periods',
      description: 'How long the personal data is kept, or the criteria that fix the period (Article 13(2)(a) GDPR).',
      title: 'How long we keep your personal data',
      blocks: [
        { kind: 'paragraph', text: 'We keep your personal data for the following periods:' },
        { kind: 'list', items: ['[category of personal data or purpose]: [retention period, e.g. two years after the end of our contract with you];', '[category of personal data or purpose]: [retention period].'] },
        { kind: 'paragraph', text: 'When the retention period ends, we delete or anonymise your personal data.' },
      ],
      item: 'We keep [category of personal data] for [retention period, e.g. two years after the end of our contract with you], after which we delete or anonymise it.',
    },
    'right-access': right('gdpr-right-access', 'Right of access', 'Your right of access', RIGHT.access, 'Article 15'),
    'right-rectification': right('gdpr-right-rectification', 'Right to rectification', 'Your right to rectification', RIGHT.rectification, 'Article 16'),
    'right-erasure': right('gdpr-right-erasure', 'Right to erasure', 'Your right to erasure', RIGHT.erasure, 'Article 17'),
    'right-restriction': right('gdpr-right-restriction', 'Right to restriction of processing', 'Your right to restriction of processing', RIGHT.restriction, 'Article 18'),
    'right-object': right('gdpr-right-object', 'Right to object', 'Your right to object', RIGHT.object, 'Article 21'),
    'right-portability': right('gdpr-right-portability', 'Right to data portability', 'Your right to data portability', RIGHT.portability, 'Article 20'),
    'right-complaint': {
      prefix: 'gdpr-complaint',
      label: 'Right to lodge a complaint',
      description: 'Complaint to the supervisory authority of the notice’s jurisdiction (Article 13(2)(d) and Article 77 GDPR).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
    },
    'automated-decisions': {
      prefix: 'gdpr-automated',
      label: 'Automated decision-making',
      description: 'Whether decisions are made solely by automated means, including profiling (Article 13(2)(f) and Article 22 GDPR).',
      title: 'Automated decision-making and profiling',
      blocks: AUTOMATED.map((text) => ({ kind: 'paragraph', text })),
      item: AUTOMATED[0],
    },
    'statutory-requirement': {
      prefix: 'gdpr-statutory',
      label: 'Whether providing data is required',
      description: 'Whether the reader must provide the data and what happens if they do not (Article 13(2)(e) GDPR).',
      title: 'Whether you must provide your personal data',
      blocks: [
        { kind: 'paragraph', text: 'Providing your personal data is [[not a statutory or contractual requirement|a statutory requirement|a contractual requirement|a requirement necessary to enter into a contract with us]]. When we ask you for personal data that you must provide, we tell you so. If you do not provide it, [the consequence, e.g. we cannot enter into or perform the contract with you].' },
      ],
      item: 'Providing your personal data is [[not a statutory or contractual requirement|a statutory requirement|a contractual requirement|a requirement necessary to enter into a contract with us]]; if you do not provide it, [the consequence].',
    },
    'right-withdraw-consent': {
      prefix: 'gdpr-withdraw-consent',
      label: 'Right to withdraw consent',
      description: 'Consent can be withdrawn at any time, as easily as it was given (Article 13(2)(c) and Article 7(3) GDPR).',
      title: 'Withdrawing your consent',
      blocks: [
        { kind: 'paragraph', text: 'Where we process your personal data on the basis of your consent, you have the right to withdraw that consent at any time (Article 7(3) GDPR). Withdrawing your consent is as easy as giving it: you can do so by contacting us at {contact}. Withdrawal does not affect the lawfulness of the processing carried out before it.' },
      ],
      item: RIGHT.withdraw,
      entry: true,
    },
    'legitimate-interests': {
      prefix: 'gdpr-legitimate-interests',
      label: 'Legitimate interests',
      description: 'The legitimate interests pursued, where processing rests on them (Article 13(1)(d) and Article 6(1)(f) GDPR).',
      title: 'Our legitimate interests',
      blocks: [
        { kind: 'paragraph', text: 'Where we process your personal data on the basis of our legitimate interests (Article 6(1)(f) GDPR), those interests are: [the legitimate interests, e.g. securing our website and preventing fraud]. We rely on these interests only where they are not overridden by your interests or fundamental rights and freedoms. You have the right to object to this processing (Article 21 GDPR).' },
      ],
      item: 'Our legitimate interests in this processing are the following: [the legitimate interests, e.g. securing our website and preventing fraud].',
    },
    'transfer-safeguards': {
      prefix: 'gdpr-transfers-safeguards',
      label: 'Safeguards for transfers outside the EEA',
      description: 'Adequacy decisions and standard contractual clauses for transfers to third countries (Article 13(1)(f), Articles 45 and 46 GDPR).',
      title: 'Transfers outside the European Economic Area',
      blocks: [{ kind: 'paragraph', text: TRANSFER_SCC }],
      item: TRANSFER_SCC,
    },
    'dpo-contact': {
      prefix: 'gdpr-dpo',
      label: 'Data protection officer',
      description: 'Contact details of the data protection officer (Article 13(1)(b) and Article 37 GDPR).',
      title: 'Our data protection officer',
      blocks: [
        { kind: 'paragraph', text: 'We have appointed a data protection officer (Article 37 GDPR). You can contact our data protection officer with any question about the processing of your personal data or the exercise of your rights at [e-mail address or postal address of the data protection officer].' },
      ],
      item: 'You can contact our data protection officer at [e-mail address or postal address of the data protection officer].',
    },
    'data-sources': {
      prefix: 'gdpr-sources',
      label: 'Sources of the personal data',
      description: 'Where personal data not obtained from the reader comes from (Article 14(2)(f) GDPR).',
      title: 'Where we obtain your personal data',
      blocks: [
        { kind: 'paragraph', text: 'Where we do not obtain your personal data from you directly, we obtain it from other sources, namely [source or category of sources, e.g. public registers such as the trade register]. This concerns [categories of personal data].' },
      ],
      item: 'We also obtain [categories of personal data] from other sources, namely [source or category of sources, e.g. public registers such as the trade register].',
    },
    'last-updated': {
      prefix: 'gdpr-last-updated',
      label: 'Date of the last update',
      description: 'When the notice was last changed (Article 12(1) GDPR).',
      title: 'Changes to this privacy notice',
      blocks: [
        { kind: 'paragraph', text: 'This privacy notice was last updated on {date}. We may amend it, for example when our processing of personal data changes; the current version is always available here. Where a change significantly affects you, we will inform you of it directly.' },
      ],
      item: 'This privacy notice was last updated on {date}.',
    },
    cookies: {
      prefix: 'gdpr-cookies',
      label: 'Cookies',
      description: 'Which cookies need consent and how consent is asked for and withdrawn (Article 6(1)(a) and Article 7 GDPR; Article 5(3) ePrivacy Directive).',
      title: 'Cookies',
      blocks: COOKIES.map((text) => ({ kind: 'paragraph', text })),
      item: COOKIES.join(' '),
    },
    'transfers-statement': {
      prefix: 'gdpr-transfers',
      label: 'Transfers outside the EEA',
      description: 'Whether personal data leaves the European Economic Area (Article 13(1)(f) GDPR).',
      title: 'Where your personal data is processed',
      blocks: [
        { kind: 'paragraph', text: 'We process and store your personal data within the European Economic Area (EEA). [If a recipient is located outside the EEA: the country, and the adequacy decision or standard contractual clauses that protect the transfer.]' },
      ],
      item: 'We process and store your personal data within the European Economic Area (EEA). [If a recipient is located outside the EEA: the country, and the adequacy decision or standard contractual clauses that protect the transfer.]',
    },
  },
  rewrites: {
    'implied-consent': CONSENT,
    'vague-retention':
      'We keep [category of personal data] for [retention period, e.g. two years] after [the event that starts the period, e.g. the end of our contract with you], after which we delete or anonymise it.',
  },
  extras: {
    'rights-all': {
      prefix: 'gdpr-rights',
      label: 'All rights of the data subject',
      description: 'Access, rectification, erasure, restriction, objection, portability, withdrawal of consent and complaint (Articles 7(3), 15 to 21 and 77 GDPR).',
      title: 'Your rights',
      blocks: [
        { kind: 'paragraph', text: 'You have the following rights in respect of your personal data:' },
        { kind: 'list', items: [RIGHT.access, RIGHT.rectification, RIGHT.erasure, RIGHT.restriction, RIGHT.object, RIGHT.portability, RIGHT.withdraw] },
        { kind: 'paragraph', text: 'To exercise any of these rights, please contact us at {contact}. Where we have reasonable doubts about your identity, we may ask you for the information needed to confirm it (Article 12(6) GDPR). Exercising your rights is free of charge. We will respond without undue delay and in any event within one month of receiving your request; where necessary, taking into account the complexity and number of requests, we may extend this period by two further months, in which case we will inform you within the first month (Article 12(3) GDPR).' },
        { kind: 'paragraph', text: '{complaint}' },
      ],
      item: 'You have the rights of access, rectification, erasure, restriction of processing, objection and data portability (Articles 15 to 21 GDPR); to exercise them, please contact us at {contact}.',
    },
    'complaint-nl': {
      prefix: 'gdpr-complaint-nl',
      label: 'Complaint: Dutch Data Protection Authority',
      description: 'Right to lodge a complaint with the Autoriteit Persoonsgegevens (Article 77 GDPR).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'nl',
    },
    'complaint-be': {
      prefix: 'gdpr-complaint-be',
      label: 'Complaint: Belgian Data Protection Authority',
      description: 'Right to lodge a complaint with the Gegevensbeschermingsautoriteit / Autorité de protection des données (Article 77 GDPR).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'be',
    },
    'complaint-uk': {
      prefix: 'gdpr-complaint-uk',
      label: "Complaint: Information Commissioner's Office (UK)",
      description: 'Right to lodge a complaint with the ICO (UK GDPR).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'uk',
    },
    'complaint-eu': {
      prefix: 'gdpr-complaint-eu',
      label: 'Complaint: any EU supervisory authority',
      description: 'Right to lodge a complaint where the reader lives or works, or where the infringement took place (Article 77 GDPR).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'eu',
    },
    'retention-fixed': {
      prefix: 'gdpr-retention-fixed',
      label: 'Retention: fixed period',
      description: 'A fixed retention period after a stated event (Article 13(2)(a) GDPR).',
      title: 'How long we keep your personal data',
      blocks: [
        { kind: 'paragraph', text: 'We keep [category of personal data] for [number] [[months|years]] after [the event that starts the period, e.g. the end of our contract with you]. When that period ends, we delete or anonymise the data.' },
      ],
      item: 'We keep [category of personal data] for [number] [[months|years]] after [the event that starts the period], after which we delete it.',
    },
    'retention-criteria': {
      prefix: 'gdpr-retention-criteria',
      label: 'Retention: criteria',
      description: 'The criteria that fix the retention period where no fixed period can be given (Article 13(2)(a) GDPR).',
      title: 'How long we keep your personal data',
      blocks: [
        { kind: 'paragraph', text: 'Where we cannot state a fixed retention period, we determine it by the following criteria:' },
        {
          kind: 'list',
          items: [
            'the duration of our relationship with you: we keep [category of personal data] until [the event that ends the purpose, e.g. you close your account];',
            'statutory retention obligations that apply to us, such as those under tax law;',
            'the limitation periods for legal claims, where we need the data to establish, exercise or defend such claims.',
          ],
        },
        { kind: 'paragraph', text: 'When none of these criteria requires us to keep the data any longer, we delete or anonymise it within [period].' },
      ],
      item: 'We keep [category of personal data] until [the event that ends the purpose], and delete it within [period] afterwards.',
    },
    'retention-statutory': {
      prefix: 'gdpr-retention-statutory',
      label: 'Retention: Dutch statutory seven years',
      description: 'The seven-year retention of financial records under Dutch tax and civil law (Article 52 AWR, Article 2:10 Dutch Civil Code).',
      title: 'Statutory retention periods',
      blocks: [
        { kind: 'paragraph', text: 'We are required by law to keep our financial records, including invoices and the payment details they contain, for seven years (Article 52 of the General State Taxes Act (Algemene wet inzake rijksbelastingen) and Article 2:10 of the Dutch Civil Code). We keep the personal data in these records for that period and delete it afterwards.' },
      ],
      item: 'We keep the personal data in our financial records, such as invoices, for seven years, as Dutch tax and civil law require (Article 52 of the General State Taxes Act and Article 2:10 of the Dutch Civil Code).',
    },
    'legal-basis-table': {
      prefix: 'gdpr-legal-basis-table',
      label: 'Legal basis table',
      description: 'Purpose, personal data, legal basis and retention period side by side (Article 13(1)(c) and (2)(a) GDPR).',
      title: 'What we use your personal data for',
      blocks: [
        { kind: 'paragraph', text: 'The table below shows, for each purpose, which personal data we use, on which legal basis, and how long we keep it.' },
        {
          kind: 'table',
          header: ['Purpose', 'Personal data', 'Legal basis', 'Retention period'],
          rows: [
            ['[purpose]', '[categories of personal data]', '[[performance of a contract (Article 6(1)(b) GDPR)|compliance with a legal obligation (Article 6(1)(c) GDPR)|legitimate interests (Article 6(1)(f) GDPR)|consent (Article 6(1)(a) GDPR)]]', '[retention period]'],
            ['[purpose]', '[categories of personal data]', '[[performance of a contract (Article 6(1)(b) GDPR)|compliance with a legal obligation (Article 6(1)(c) GDPR)|legitimate interests (Article 6(1)(f) GDPR)|consent (Article 6(1)(a) GDPR)]]', '[retention period]'],
          ],
        },
      ],
      item: '[purpose]: [categories of personal data]; legal basis: [legal basis]; retention period: [retention period].',
    },
    'controller-contact': {
      prefix: 'gdpr-controller-contact',
      label: 'Controller identity and full contact details',
      description: 'Name, address, registration number and contact details of the controller (Article 13(1)(a) GDPR).',
      title: 'Who we are and how to contact us',
      blocks: [
        { kind: 'paragraph', text: 'The controller responsible for the processing of your personal data is:' },
        { kind: 'list', items: ['{controller}', '[postal address]', '[company registration number]', 'Contact: {contact}'] },
        { kind: 'paragraph', text: 'If you have any questions about this privacy notice or wish to exercise your rights, please contact us at {contact}.' },
      ],
      item: '{controller}, [postal address], is the controller responsible for the processing of your personal data; you can contact us at {contact}.',
    },
    'transfers-scc': {
      prefix: 'gdpr-transfers-scc',
      label: 'Transfers: standard contractual clauses',
      description: 'Transfers to third countries under the 2021 standard contractual clauses (Article 46(2)(c) GDPR, Implementing Decision (EU) 2021/914).',
      title: 'Transfers outside the European Economic Area',
      blocks: [
        { kind: 'paragraph', text: 'Some recipients of your personal data are located outside the European Economic Area (EEA), namely [recipients and countries].' },
        { kind: 'paragraph', text: TRANSFER_SCC },
      ],
      item: TRANSFER_SCC,
    },
    'transfers-adequacy': {
      prefix: 'gdpr-transfers-adequacy',
      label: 'Transfers: adequacy decision',
      description: 'Transfers to a country the European Commission has found adequate (Article 45 GDPR).',
      title: 'Transfers outside the European Economic Area',
      blocks: [
        { kind: 'paragraph', text: 'We transfer your personal data to [recipient] in [country]. The European Commission has decided that [country] ensures an adequate level of protection for personal data (Article 45 GDPR), so no further safeguards are required for this transfer.' },
      ],
      item: 'We transfer your personal data to [recipient] in [country], for which the European Commission has adopted an adequacy decision (Article 45 GDPR).',
    },
    consent: {
      prefix: 'gdpr-consent',
      label: 'Asking for consent',
      description: 'A valid request for consent: freely given, specific, informed, unambiguous, and as easy to withdraw as to give (Article 4(11) and Article 7 GDPR).',
      title: 'Your consent',
      blocks: [{ kind: 'paragraph', text: CONSENT }],
      item: CONSENT,
    },
  },
  jurisdiction: {
    cues: [
      { authority: 'nl', cues: ['Autoriteit Persoonsgegevens', 'Dutch Data Protection Authority'] },
      { authority: 'be', cues: ['Gegevensbeschermingsautoriteit', 'Autorité de protection des données', 'Belgian Data Protection Authority'] },
      { authority: 'uk', cues: ["Information Commissioner'?s Office", 'ICO', 'UK GDPR', 'United Kingdom', 'UK', 'England', 'Scotland', 'Wales', 'Northern Ireland'] },
    ],
    fallback: 'eu',
  },
  unfilled: 'This placeholder from a drafted clause still needs to be filled in before the notice is published: {placeholder}.',
  dateLocale: 'en-GB',
  aliasIntro: ['hereinafter', 'hereafter', '“we”', '"we"', "'we'", '‘we’', '“us”', '"us"', 'referred to as'],
};
