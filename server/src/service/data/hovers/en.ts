/**
 * English hover texts: the legal bases of Art. 6(1), the reader's rights (Arts. 7(3), 15-21,
 * 77) and what the articles of the GDPR say, summarised from the regulation's English text.
 */
import type { HoverTable, RightHover } from './types';

/** How the controller must answer a request under Arts. 15-21 (Art. 12(3)-(5)). */
const ANSWER =
  'Without undue delay and at the latest within one month of receiving the request. For complex or numerous requests that period may be extended by two further months, if the person is told so, with the reasons, within the first month (Art. 12(3)). Free of charge as a rule; a manifestly unfounded or excessive request may be refused or charged a reasonable fee, which the controller must be able to justify (Art. 12(5)). A refusal must give the reasons and mention the right to complain and to go to court (Art. 12(4)).';

const rights: HoverTable['rights'] = {
  access: {
    title: 'Right of access',
    provision: { article: 15 },
    rule: 'right-access',
    gives: 'Confirmation of whether their personal data is processed and, if so, a copy of it, with the purposes, the categories of data, the recipients, the retention period, the source, their other rights and any automated decision-making (Art. 15(1) and (3)).',
    limits: 'The copy must not adversely affect the rights and freedoms of others, such as other people’s data or trade secrets (Art. 15(4)). Further copies may be charged a reasonable fee based on administrative costs (Art. 15(3)). EU or national law may restrict the right in specific cases (Art. 23).',
    answer: ANSWER,
  },
  rectification: {
    title: 'Right to rectification',
    provision: { article: 16 },
    rule: 'right-rectification',
    gives: 'Inaccurate personal data about them corrected without undue delay, and incomplete data completed, if need be by a supplementary statement (Art. 16).',
    limits: 'It concerns data that is inaccurate or incomplete for the purposes of the processing. The controller may check the correction first; meanwhile the person may ask for the processing to be restricted (Art. 18(1)(a)). Recipients of the data must be told of the correction unless that proves impossible or involves disproportionate effort (Art. 19).',
    answer: ANSWER,
  },
  erasure: {
    title: 'Right to erasure (“right to be forgotten”)',
    provision: { article: 17 },
    rule: 'right-erasure',
    gives: 'Their personal data erased without undue delay where, for example, it is no longer needed for its purpose, they withdraw the consent it rested on, they object successfully, or it was processed unlawfully (Art. 17(1)). Where the data was made public, the controller must take reasonable steps to tell other controllers processing it (Art. 17(2)).',
    limits: 'It is not absolute. It does not apply where the processing is necessary for freedom of expression and information, to comply with a legal obligation (such as statutory retention of accounting records) or perform a public task, for public health, for archiving, research or statistics, or for legal claims (Art. 17(3)).',
    answer: ANSWER,
  },
  restriction: {
    title: 'Right to restriction of processing',
    provision: { article: 18 },
    rule: 'right-restriction',
    gives: 'Their data kept but otherwise not used while its accuracy is being checked or an objection is being assessed, where the processing is unlawful but they prefer restriction to erasure, or where the controller no longer needs the data but they need it for a legal claim (Art. 18(1)).',
    limits: 'Only in those four situations. While restricted, the data may still be stored, and used with their consent, for legal claims, to protect another person’s rights or for an important public interest (Art. 18(2)). They must be told before the restriction is lifted (Art. 18(3)).',
    answer: ANSWER,
  },
  object: {
    title: 'Right to object',
    provision: { article: 21 },
    rule: 'right-object',
    gives: 'An end to processing based on a public task or on legitimate interests (Art. 6(1)(e) or (f)), including profiling, on grounds relating to their particular situation (Art. 21(1)); and an end to any use of their data for direct marketing, at any time (Art. 21(2) and (3)).',
    limits: 'Against processing for a public task or legitimate interests, the controller may continue only if it demonstrates compelling legitimate grounds that override the person’s interests, rights and freedoms, or needs the data for legal claims (Art. 21(1)). Against direct marketing the objection is absolute (Art. 21(3)). It does not apply to processing based on consent (which is withdrawn instead), a contract or a legal obligation. The right must be brought explicitly to the person’s attention, clearly and separately from other information, at the latest at the first communication (Art. 21(4)).',
    answer: ANSWER,
  },
  portability: {
    title: 'Right to data portability',
    provision: { article: 20 },
    rule: 'right-portability',
    gives: 'The personal data they provided, in a structured, commonly used and machine-readable format, and the right to have it transmitted to another controller, directly where technically feasible (Art. 20(1) and (2)).',
    limits: 'Only where the processing is based on consent or on a contract and carried out by automated means (Art. 20(1)); not for processing for a public task (Art. 20(3)). It covers data the person provided, including data observed from their use of a service, but not what the controller inferred from it, and it must not adversely affect the rights and freedoms of others (Art. 20(4)).',
    answer: ANSWER,
  },
  'withdraw-consent': {
    title: 'Right to withdraw consent',
    provision: { article: 7, paragraph: 3 },
    rule: 'right-withdraw-consent',
    gives: 'They may withdraw their consent at any time, and withdrawing must be as easy as giving it. Processing based on that consent must then stop, and the data must be erased unless another legal basis applies (Art. 17(1)(b)).',
    limits: 'Withdrawal does not make the processing before it unlawful (Art. 7(3)). It affects only processing based on consent; processing on another basis, such as a legal obligation, may continue.',
    answer: 'Act on it as soon as it is made. No reason is needed, and withdrawing must not cost the person anything or put them at a disadvantage (Recital 42). People must be told of this right before they give consent (Art. 7(3)).',
  },
  complaint: {
    title: 'Right to lodge a complaint with a supervisory authority',
    provision: { article: 77 },
    rule: 'right-complaint',
    gives: 'A complaint to a data protection authority if they consider that the processing of their data infringes the GDPR, in particular in the Member State where they live or work or where the infringement took place (Art. 77(1)): in the Netherlands the Autoriteit Persoonsgegevens, in Belgium the Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données); in the United Kingdom, under the UK GDPR, the Information Commissioner’s Office.',
    limits: 'It does not depend on first complaining to the controller, and it leaves other remedies open, such as going to court against the controller (Art. 79). The notice must mention it whatever the legal basis (Art. 13(2)(d), Art. 14(2)(e)).',
    answer: 'The authority, not the controller, handles the complaint. It must inform the person of the progress and the outcome; if it does not deal with the complaint or report within three months, the person may go to court against the authority (Art. 77(2), Art. 78(2)). The controller must cooperate with the authority (Art. 31).',
  },
} satisfies Record<string, RightHover>;

export const en: HoverTable = {
  lang: 'en',
  labels: {
    mustAlsoSay: 'The notice must then also say',
    thisNotice: 'This notice',
    does: 'says it',
    doesNot: 'does not say it yet',
    gives: 'What it gives the reader',
    limits: 'Limits',
    answer: 'How the controller must answer',
    onEurLex: '{cite} {law} on EUR-Lex',
    line: 'line {line}',
    covers: 'This section covers',
    missingHere: 'Belongs in this section but is missing',
    subsectionsCover: 'Its subsections cover',
    underSection: 'under “{title}”',
    namedInHeading: 'named in its heading',
    namedInSubheading: 'named in the heading “{title}”',
    coversNothing: 'No item of the GDPR checklist was found in this section’s own text.',
    section: 'Section “{title}”',
    legalBasis: 'Legal basis',
    legalBasisText: 'Personal data may be processed only on one of the six grounds of Art. 6(1) {law}: consent, a contract, a legal obligation, vital interests, a public task or legitimate interests. The notice must give the legal basis for each purpose (Art. 13(1)(c), Art. 14(1)(c)), so that the reader can see which rights apply.',
    groundsHere: 'Grounds this notice relies on',
    noGroundsHere: 'The notice does not yet name any ground of Art. 6(1).',
    articleRange: 'Articles {from} to {to} {law}',
    articleUnknown: 'Policy Author has no summary of this article; read it on EUR-Lex.',
    quote: '“{text}”',
    definition: 'Art. 4({n})',
  },

  grounds: {
    consent: {
      title: 'Consent',
      provision: { article: 6, paragraph: 1, point: 'a' },
      requires: 'The person has agreed to the processing for one or more specific purposes. Consent counts only if it is freely given, specific, informed and unambiguous: a clear, active choice such as ticking an empty box, never silence, a pre-ticked box or continued use (Art. 4(11), Art. 7). The controller must be able to show that it was given (Art. 7(1)), and consent is in general not freely given when a service is made conditional on processing the service does not need (Art. 7(4)).',
      consequences: [
        { rule: 'right-withdraw-consent', text: 'that consent can be withdrawn at any time, as easily as it was given, without affecting the processing before the withdrawal (Art. 7(3), Art. 13(2)(c))' },
      ],
    },
    contract: {
      title: 'Performance of a contract',
      provision: { article: 6, paragraph: 1, point: 'b' },
      requires: 'The processing is necessary to perform a contract to which the person is a party, or to take steps at their request before entering into one (such as preparing a quote). “Necessary” is strict: the contract could not be performed without it. Marketing, analytics and profiling seldom are (EDPB Guidelines 2/2019).',
      consequences: [
        { rule: 'statutory-requirement', text: 'whether providing the data is a contractual requirement or needed to enter into the contract, and what happens if the person does not provide it (Art. 13(2)(e))' },
      ],
    },
    'legal-obligation': {
      title: 'Legal obligation',
      provision: { article: 6, paragraph: 1, point: 'c' },
      requires: 'The processing is necessary to comply with a legal obligation under EU or Member State law to which the controller is subject (Art. 6(3)), such as keeping accounting records for the tax authorities. A contractual duty or the law of a country outside the EU does not count.',
      consequences: [
        { rule: 'statutory-requirement', text: 'whether providing the data is a statutory requirement, and what happens if the person does not provide it (Art. 13(2)(e))' },
      ],
    },
    'vital-interests': {
      title: 'Vital interests',
      provision: { article: 6, paragraph: 1, point: 'd' },
      requires: 'The processing is necessary to protect the life or physical integrity of the person or of someone else, typically in a medical emergency. For another person’s vital interests it should be relied on only where no other basis fits (Recital 46).',
      consequences: [],
    },
    'public-task': {
      title: 'Public task',
      provision: { article: 6, paragraph: 1, point: 'e' },
      requires: 'The processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in the controller, laid down in EU or Member State law (Art. 6(3)). It is mainly a basis for public bodies and for organisations entrusted with a statutory task.',
      consequences: [
        { rule: 'right-object', text: 'the right to object on grounds relating to the person’s particular situation, stated explicitly, clearly and separately from other information (Art. 21(1) and (4))' },
      ],
    },
    'legitimate-interests': {
      title: 'Legitimate interests',
      provision: { article: 6, paragraph: 1, point: 'f' },
      requires: 'The processing is necessary for a legitimate interest of the controller or of a third party, and that interest is not overridden by the person’s interests or fundamental rights, in particular where the person is a child. It takes three steps, which the controller should document: a real and lawful interest, necessity, and a balancing of interests. Public authorities cannot rely on it for their tasks.',
      consequences: [
        { rule: 'legitimate-interests', text: 'which legitimate interests are pursued (Art. 13(1)(d), Art. 14(2)(b))' },
        { rule: 'right-object', text: 'the right to object, brought explicitly to the reader’s attention, clearly and separately from other information (Art. 21(1) and (4))' },
      ],
    },
  },

  rights,

  basisTerms: ['legal (basis|bases|grounds?)', 'lawful (basis|bases|grounds?)', 'grounds? for (the )?processing'],
  groundTerms: {
    consent: ['consent'],
    contract: ['(performance|performing|perform) (of )?(a |the |our |your )?(contract|agreement)'],
  },
  rightTerms: {
    complaint: ['(right to )?(lodge|file|make|submit) a complaint', 'complain to'],
    'withdraw-consent': ['right to withdraw (your )?consent', 'withdraw (your )?consent'],
    access: ['right of access'],
  },

  articles: {
    4: {
      title: 'Definitions',
      summary: 'Defines the regulation’s terms, among them personal data, processing, profiling, controller, processor, recipient, third party, consent and personal data breach.',
      parts: {
        1: '“Personal data” is any information relating to an identified or identifiable natural person, who can be identified directly or indirectly, for example by a name, an identification number, location data or an online identifier.',
        2: '“Processing” is any operation on personal data, such as collecting, recording, storing, using, disclosing, combining or erasing it.',
        4: '“Profiling” is automated processing that uses personal data to evaluate personal aspects of a person, in particular to analyse or predict their performance at work, economic situation, health, preferences, interests, reliability, behaviour, location or movements.',
        7: 'The “controller” is the person or body that, alone or jointly with others, determines the purposes and means of the processing.',
        8: 'A “processor” processes personal data on behalf of the controller.',
        9: 'A “recipient” is anyone to whom personal data is disclosed, whether a third party or not.',
        10: 'A “third party” is anyone other than the person concerned, the controller, the processor and those authorised to process the data under their direct authority.',
        11: '“Consent” is any freely given, specific, informed and unambiguous indication of the person’s wishes by which they, by a statement or by a clear affirmative action, agree to the processing of their data.',
        12: 'A “personal data breach” is a breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, personal data.',
      },
    },
    5: {
      title: 'Principles relating to processing of personal data',
      summary: 'Every processing must be lawful, fair and transparent; limited to specified purposes; minimal; accurate; kept no longer than necessary; and secure. The controller is responsible for compliance and must be able to demonstrate it (accountability).',
      parts: {
        '1(a)': 'Lawfulness, fairness and transparency: data is processed lawfully, fairly and in a transparent manner.',
        '1(b)': 'Purpose limitation: data is collected for specified, explicit and legitimate purposes and not further processed in a manner incompatible with them.',
        '1(c)': 'Data minimisation: data is adequate, relevant and limited to what is necessary for the purposes.',
        '1(d)': 'Accuracy: data is accurate and kept up to date; inaccurate data is erased or rectified without delay.',
        '1(e)': 'Storage limitation: data is kept in a form that identifies people for no longer than is necessary for the purposes.',
        '1(f)': 'Integrity and confidentiality: data is protected by appropriate security against unauthorised or unlawful processing, loss, destruction or damage.',
        2: 'Accountability: the controller is responsible for compliance with these principles and must be able to demonstrate it.',
      },
    },
    6: {
      title: 'Lawfulness of processing',
      summary: 'Processing is lawful only if at least one of six grounds applies: consent, a contract, a legal obligation, vital interests, a public task or legitimate interests (Art. 6(1)). The basis for a legal obligation or a public task must be laid down in EU or Member State law (Art. 6(3)); Art. 6(4) governs use of data for a new purpose.',
      parts: {
        1: 'Processing is lawful only if and to the extent that at least one of the grounds in points (a) to (f) applies.',
        '1(a)': 'The person has given consent to the processing for one or more specific purposes.',
        '1(b)': 'The processing is necessary for the performance of a contract to which the person is party, or to take steps at their request before entering into a contract.',
        '1(c)': 'The processing is necessary for compliance with a legal obligation to which the controller is subject.',
        '1(d)': 'The processing is necessary to protect the vital interests of the person or of another natural person.',
        '1(e)': 'The processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in the controller.',
        '1(f)': 'The processing is necessary for the legitimate interests of the controller or a third party, except where those interests are overridden by the person’s interests or fundamental rights, in particular where the person is a child. Public authorities cannot rely on it for their tasks.',
        3: 'The basis for processing under points (c) and (e) must be laid down by EU or Member State law.',
        4: 'Whether data may be used for a purpose other than the one it was collected for, without consent or a legal basis for it, depends on the compatibility of the purposes, judged by their link, the context, the nature of the data, the consequences and the safeguards.',
      },
    },
    7: {
      title: 'Conditions for consent',
      summary: 'Where processing rests on consent, the controller must be able to show it was given; a request for consent must be clearly distinguishable, intelligible and in plain language; consent can be withdrawn at any time; and it is in general not freely given when a contract is made conditional on unnecessary processing.',
      parts: {
        1: 'The controller must be able to demonstrate that the person has consented.',
        2: 'A request for consent in a written declaration that also concerns other matters must be clearly distinguishable from them, intelligible, easily accessible and in clear and plain language.',
        3: 'The person may withdraw consent at any time, without affecting the lawfulness of processing before the withdrawal; they must be told so before giving consent, and withdrawing must be as easy as giving consent.',
        4: 'In assessing whether consent is freely given, utmost account is taken of whether a contract or service is made conditional on consent to processing that is not necessary for it.',
      },
    },
    8: {
      title: 'Conditions applicable to child’s consent in relation to information society services',
      summary: 'Where an online service is offered directly to a child and relies on consent, the child’s own consent is valid from the age of 16; below that age a parent must give or authorise it. Member States may set a lower age, not below 13.',
    },
    9: {
      title: 'Processing of special categories of personal data',
      summary: 'Processing data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership, and genetic data, biometric data used to identify a person, health data and data on sex life or sexual orientation is prohibited (Art. 9(1)), unless one of the exceptions of Art. 9(2) applies. A ground of Art. 6(1) is needed as well.',
      parts: {
        1: 'Processing of the special categories of personal data is prohibited.',
        2: 'The prohibition does not apply in the situations of points (a) to (j).',
        '2(a)': 'The person has given explicit consent for one or more specified purposes, unless EU or Member State law provides that the prohibition cannot be lifted by consent.',
        '2(b)': 'The processing is necessary for obligations and rights in employment, social security and social protection law, as authorised by law or a collective agreement with appropriate safeguards.',
        '2(c)': 'The processing is necessary to protect the vital interests of the person or another person where the person is physically or legally incapable of giving consent.',
        '2(d)': 'The processing is carried out by a foundation, association or other not-for-profit body with a political, philosophical, religious or trade union aim, about its members or regular contacts, and the data is not disclosed outside it without consent.',
        '2(e)': 'The data has manifestly been made public by the person.',
        '2(f)': 'The processing is necessary for the establishment, exercise or defence of legal claims, or by courts acting in their judicial capacity.',
        '2(g)': 'The processing is necessary for reasons of substantial public interest, on the basis of EU or Member State law that is proportionate and provides safeguards.',
        '2(h)': 'The processing is necessary for preventive or occupational medicine, medical diagnosis, health or social care or treatment, by or under the responsibility of a professional bound by secrecy.',
        '2(i)': 'The processing is necessary for reasons of public interest in public health, such as protection against serious cross-border threats to health or ensuring the quality and safety of health care, medicinal products or medical devices.',
        '2(j)': 'The processing is necessary for archiving in the public interest, scientific or historical research or statistics, with the safeguards of Art. 89(1).',
      },
    },
    10: {
      title: 'Processing of personal data relating to criminal convictions and offences',
      summary: 'Data about criminal convictions and offences may be processed only under the control of official authority or where EU or Member State law authorises it with appropriate safeguards.',
    },
    12: {
      title: 'Transparent information, communication and modalities for the exercise of the rights of the data subject',
      summary: 'The information of Arts. 13 and 14 and every answer to a request under Arts. 15 to 22 must be concise, transparent, intelligible and easily accessible, in clear and plain language. Requests are answered without undue delay and within one month, extendable by two months, and free of charge as a rule.',
      parts: {
        1: 'Information and communications to the person must be concise, transparent, intelligible and easily accessible, in clear and plain language, in particular for information addressed to a child; in writing or by other means, including electronically where appropriate.',
        2: 'The controller must facilitate the exercise of the rights and may not refuse to act on a request unless it cannot identify the person.',
        3: 'The controller must act on a request without undue delay and in any event within one month of receiving it; for complex or numerous requests this may be extended by two further months, if the person is told so, with the reasons, within one month.',
        4: 'If the controller does not act on a request, it must tell the person within one month why not, and that they may complain to a supervisory authority and seek a judicial remedy.',
        5: 'Information and actions are free of charge. For manifestly unfounded or excessive requests, in particular repetitive ones, the controller may charge a reasonable fee or refuse to act, and bears the burden of showing that the request is so.',
        6: 'Where the controller has reasonable doubts about the identity of the person making a request, it may ask for the information needed to confirm it.',
      },
    },
    13: {
      title: 'Information to be provided where personal data are collected from the data subject',
      summary: 'When personal data is collected from the person, the controller must at that moment tell them who it is and how to reach it, the purposes and legal basis, the recipients and any transfers outside the EEA (Art. 13(1)), and the retention period, their rights, the right to withdraw consent, the right to complain, whether they must provide the data, and any automated decision-making (Art. 13(2)).',
      parts: {
        1: 'At the time the data is obtained, the controller must give the information in points (a) to (f).',
        '1(a)': 'The identity and contact details of the controller and, where applicable, of its representative.',
        '1(b)': 'The contact details of the data protection officer, where applicable.',
        '1(c)': 'The purposes of the processing and its legal basis.',
        '1(d)': 'Where the processing is based on legitimate interests (Art. 6(1)(f)), the interests pursued by the controller or by a third party.',
        '1(e)': 'The recipients or categories of recipients of the data, if any.',
        '1(f)': 'Where applicable, that the controller intends to transfer the data to a third country or international organisation, whether an adequacy decision exists, or else a reference to the safeguards and how to obtain a copy of them.',
        2: 'At the same time, the controller must give the further information in points (a) to (f) needed for fair and transparent processing.',
        '2(a)': 'How long the data will be stored or, if that is not possible, the criteria used to determine that period.',
        '2(b)': 'The rights to request access, rectification, erasure, restriction of processing, to object and to data portability.',
        '2(c)': 'Where the processing is based on consent (Art. 6(1)(a) or 9(2)(a)), the right to withdraw consent at any time, without affecting the lawfulness of the processing before the withdrawal.',
        '2(d)': 'The right to lodge a complaint with a supervisory authority.',
        '2(e)': 'Whether providing the data is a statutory or contractual requirement or a requirement to enter into a contract, whether the person is obliged to provide it, and the possible consequences of not providing it.',
        '2(f)': 'The existence of automated decision-making, including profiling (Art. 22(1) and (4)), and at least in those cases meaningful information about the logic involved and its significance and envisaged consequences for the person.',
        3: 'Before using the data for another purpose, the controller must inform the person of that purpose and give the relevant further information.',
        4: 'The obligation does not apply where and insofar as the person already has the information.',
      },
    },
    14: {
      title: 'Information to be provided where personal data have not been obtained from the data subject',
      summary: 'When personal data comes from someone other than the person, the controller must give them the information of Art. 13 and also the categories of data and their source, within a reasonable period and at the latest within one month (Art. 14(3)), unless an exception of Art. 14(5) applies.',
      parts: {
        1: 'The controller must give the information in points (a) to (f).',
        '1(a)': 'The identity and contact details of the controller and, where applicable, of its representative.',
        '1(b)': 'The contact details of the data protection officer, where applicable.',
        '1(c)': 'The purposes of the processing and its legal basis.',
        '1(d)': 'The categories of personal data concerned.',
        '1(e)': 'The recipients or categories of recipients of the data, if any.',
        '1(f)': 'Where applicable, that the controller intends to transfer the data to a third country or international organisation, and the adequacy decision or safeguards that apply.',
        2: 'The controller must also give the further information in points (a) to (g) needed for fair and transparent processing.',
        '2(a)': 'How long the data will be stored or, if that is not possible, the criteria used to determine that period.',
        '2(b)': 'Where the processing is based on legitimate interests (Art. 6(1)(f)), the interests pursued by the controller or by a third party.',
        '2(c)': 'The rights to request access, rectification, erasure, restriction of processing, to object and to data portability.',
        '2(d)': 'Where the processing is based on consent, the right to withdraw consent at any time, without affecting the lawfulness of the processing before the withdrawal.',
        '2(e)': 'The right to lodge a complaint with a supervisory authority.',
        '2(f)': 'The source the data comes from and, if applicable, whether it came from publicly accessible sources.',
        '2(g)': 'The existence of automated decision-making, including profiling, and meaningful information about the logic involved and its significance and envisaged consequences.',
        3: 'The information is given within a reasonable period after the data is obtained and at the latest within one month; at the latest at the first communication if the data is used to communicate with the person; at the latest when the data is first disclosed if it is to be disclosed to another recipient.',
        4: 'Before using the data for another purpose, the controller must inform the person of that purpose.',
        5: 'The obligation does not apply where the person already has the information; where providing it proves impossible or would involve disproportionate effort; where obtaining or disclosing the data is expressly laid down by law with protective measures; or where the data must remain confidential under a statutory obligation of professional secrecy.',
      },
    },
    15: {
      title: 'Right of access by the data subject',
      summary: 'The person may obtain confirmation of whether their personal data is processed and, if so, access to it and information on the purposes, the categories of data, the recipients, the retention period, their rights, the source and any automated decision-making, and a copy of the data.',
      parts: {
        1: 'The person may obtain confirmation of whether their data is processed and, if so, access to it and the information in points (a) to (h).',
        2: 'Where data is transferred to a third country, the person may be informed of the safeguards for the transfer.',
        3: 'The controller must provide a copy of the data; for further copies it may charge a reasonable fee based on administrative costs. A request made electronically is answered in a commonly used electronic form unless the person asks otherwise.',
        4: 'The right to obtain a copy must not adversely affect the rights and freedoms of others.',
      },
    },
    16: {
      title: 'Right to rectification',
      summary: 'The person may have inaccurate personal data about them rectified without undue delay, and incomplete data completed, including by means of a supplementary statement.',
    },
    17: {
      title: 'Right to erasure (“right to be forgotten”)',
      summary: 'The person may have their data erased without undue delay on the grounds of Art. 17(1), for example when it is no longer necessary or consent is withdrawn; Art. 17(3) lists the exceptions, such as a legal obligation to keep it or legal claims.',
      parts: {
        1: 'The controller must erase the data without undue delay where one of the grounds in points (a) to (f) applies.',
        '1(a)': 'The data is no longer necessary for the purposes for which it was collected or processed.',
        '1(b)': 'The person withdraws the consent on which the processing is based and there is no other legal ground.',
        '1(c)': 'The person objects under Art. 21(1) and there are no overriding legitimate grounds, or objects to direct marketing under Art. 21(2).',
        '1(d)': 'The data has been unlawfully processed.',
        '1(e)': 'The data must be erased to comply with a legal obligation under EU or Member State law.',
        '1(f)': 'The data was collected in relation to an online service offered to a child (Art. 8(1)).',
        2: 'Where the controller has made the data public, it must take reasonable steps to inform other controllers processing it that the person has asked for erasure of links, copies or replications.',
        3: 'Erasure does not apply to the extent processing is necessary for freedom of expression and information, a legal obligation or a public task, public health, archiving, research or statistics, or the establishment, exercise or defence of legal claims.',
      },
    },
    18: {
      title: 'Right to restriction of processing',
      summary: 'The person may have the processing of their data restricted (kept but not otherwise used) while accuracy is contested or an objection is assessed, where processing is unlawful and they prefer restriction to erasure, or where they need the data for legal claims.',
      parts: {
        1: 'Restriction applies where (a) the person contests the accuracy of the data, for the time needed to verify it; (b) the processing is unlawful and the person prefers restriction to erasure; (c) the controller no longer needs the data but the person needs it for legal claims; or (d) the person has objected under Art. 21(1), pending verification of the controller’s grounds.',
        2: 'Restricted data may, apart from being stored, be processed only with the person’s consent, for legal claims, to protect the rights of another person, or for important public interest reasons.',
        3: 'The person must be informed before the restriction is lifted.',
      },
    },
    19: {
      title: 'Notification obligation regarding rectification or erasure of personal data or restriction of processing',
      summary: 'The controller must tell each recipient of the data about any rectification, erasure or restriction, unless that proves impossible or involves disproportionate effort, and must tell the person who those recipients are if they ask.',
    },
    20: {
      title: 'Right to data portability',
      summary: 'The person may receive the data they provided in a structured, commonly used and machine-readable format and have it transmitted to another controller, where processing is based on consent or a contract and carried out by automated means.',
      parts: {
        1: 'The person may receive the data they provided in a structured, commonly used and machine-readable format and transmit it to another controller, where the processing is based on consent or on a contract and is carried out by automated means.',
        2: 'The person may have the data transmitted directly from one controller to another, where technically feasible.',
        3: 'The right is without prejudice to erasure and does not apply to processing necessary for a public task.',
        4: 'The right must not adversely affect the rights and freedoms of others.',
      },
    },
    21: {
      title: 'Right to object',
      summary: 'The person may object to processing based on a public task or legitimate interests, on grounds relating to their particular situation; the controller must then stop unless it shows compelling legitimate grounds or needs the data for legal claims. An objection to direct marketing must always be honoured.',
      parts: {
        1: 'The person may object at any time, on grounds relating to their particular situation, to processing based on Art. 6(1)(e) or (f), including profiling; the controller must stop unless it demonstrates compelling legitimate grounds which override the person’s interests, rights and freedoms, or the processing is for legal claims.',
        2: 'Where data is processed for direct marketing, the person may object at any time to that processing, including profiling related to direct marketing.',
        3: 'After an objection to direct marketing, the data may no longer be processed for that purpose.',
        4: 'At the latest at the first communication, the right to object must be explicitly brought to the person’s attention, clearly and separately from any other information.',
        5: 'For online services, the person may object by automated means using technical specifications.',
        6: 'Where data is processed for scientific or historical research or statistics, the person may object on grounds relating to their particular situation, unless the processing is necessary for a task carried out in the public interest.',
      },
    },
    22: {
      title: 'Automated individual decision-making, including profiling',
      summary: 'The person has the right not to be subject to a decision based solely on automated processing, including profiling, that produces legal effects for them or similarly significantly affects them, unless it is necessary for a contract, authorised by law, or based on explicit consent; then they may obtain human intervention, express their view and contest the decision.',
      parts: {
        1: 'The person has the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning them or similarly significantly affects them.',
        2: 'This does not apply where the decision is (a) necessary for entering into or performing a contract with the person, (b) authorised by EU or Member State law with suitable safeguards, or (c) based on their explicit consent.',
        3: 'In cases (a) and (c), the controller must safeguard the person’s rights, at least the right to obtain human intervention, to express their point of view and to contest the decision.',
        4: 'Such decisions may not be based on special categories of data unless Art. 9(2)(a) or (g) applies and suitable safeguards are in place.',
      },
    },
    23: {
      title: 'Restrictions',
      summary: 'EU or Member State law may restrict the rights and obligations of Arts. 12 to 22 and 34 by a legislative measure that respects the essence of fundamental rights and is necessary and proportionate to safeguard aims such as national security, the prevention and prosecution of crime or other important public interests.',
    },
    24: {
      title: 'Responsibility of the controller',
      summary: 'Taking into account the nature, scope, context and purposes of the processing and its risks, the controller must implement appropriate technical and organisational measures to ensure, and be able to demonstrate, that processing complies with the regulation, including appropriate data protection policies where proportionate.',
    },
    25: {
      title: 'Data protection by design and by default',
      summary: 'The controller must build data protection into its processing from the design stage, and by default process only the data necessary for each specific purpose.',
    },
    26: {
      title: 'Joint controllers',
      summary: 'Where two or more controllers jointly determine the purposes and means of processing, they are joint controllers. They must set out their respective responsibilities in an arrangement whose essence is made available to the person, who may exercise their rights against each of them (Art. 26(3)).',
    },
    27: {
      title: 'Representatives of controllers or processors not established in the Union',
      summary: 'A controller or processor outside the EU whose processing falls under the regulation (Art. 3(2)) must in general designate in writing a representative in the EU.',
    },
    28: {
      title: 'Processor',
      summary: 'A controller may use only processors that provide sufficient guarantees, under a contract or other legal act that binds the processor to act only on documented instructions and sets out the subject matter, duration, nature and purpose of the processing, the types of data and the parties’ obligations (Art. 28(3)). A processor needs the controller’s prior written authorisation to engage another processor (Art. 28(2)).',
    },
    29: {
      title: 'Processing under the authority of the controller or processor',
      summary: 'The processor, and anyone acting under the authority of the controller or processor with access to personal data, may process it only on the controller’s instructions, unless required to by EU or Member State law.',
    },
    30: {
      title: 'Records of processing activities',
      summary: 'Controllers and processors must keep a written record of their processing activities (among other things the purposes, categories of persons and data, recipients, transfers, retention periods and security measures). Organisations with fewer than 250 employees are exempt unless the processing is likely to result in a risk, is not occasional, or includes special categories or criminal data (Art. 30(5)).',
    },
    31: {
      title: 'Cooperation with the supervisory authority',
      summary: 'The controller and the processor must cooperate, on request, with the supervisory authority in the performance of its tasks.',
    },
    32: {
      title: 'Security of processing',
      summary: 'Controller and processor must implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk, such as pseudonymisation and encryption, ongoing confidentiality, integrity, availability and resilience, the ability to restore data after an incident, and regular testing of the measures.',
    },
    33: {
      title: 'Notification of a personal data breach to the supervisory authority',
      summary: 'A personal data breach must be notified to the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of it, unless it is unlikely to result in a risk to people’s rights and freedoms. A processor must tell the controller without undue delay, and every breach must be documented (Art. 33(5)).',
    },
    34: {
      title: 'Communication of a personal data breach to the data subject',
      summary: 'Where a breach is likely to result in a high risk to people’s rights and freedoms, the controller must also tell the persons concerned without undue delay, in clear and plain language, unless the data was unintelligible to others (for example encrypted), the high risk is no longer likely, or it would involve disproportionate effort (then a public communication instead).',
    },
    35: {
      title: 'Data protection impact assessment',
      summary: 'Where processing, in particular with new technologies, is likely to result in a high risk to people’s rights and freedoms, the controller must assess its impact beforehand, in particular for systematic and extensive profiling with significant effects, large-scale processing of special categories or criminal data, and large-scale systematic monitoring of publicly accessible areas (Art. 35(3)).',
    },
    36: {
      title: 'Prior consultation',
      summary: 'Where an impact assessment shows a high risk that the controller cannot mitigate, it must consult the supervisory authority before starting the processing.',
    },
    37: {
      title: 'Designation of the data protection officer',
      summary: 'Public authorities and bodies (except courts acting in their judicial capacity) must designate a data protection officer, as must controllers and processors whose core activities consist of large-scale regular and systematic monitoring of people or large-scale processing of special categories or criminal data (Art. 37(1)). The officer’s contact details must be published and communicated to the supervisory authority (Art. 37(7)).',
    },
    38: {
      title: 'Position of the data protection officer',
      summary: 'The data protection officer must be involved properly and in good time in all data protection issues, receives no instructions on how to perform those tasks, may not be dismissed or penalised for performing them, reports to the highest management level, and may be contacted by people on all issues about their data and rights (Art. 38(4)).',
    },
    39: {
      title: 'Tasks of the data protection officer',
      summary: 'The data protection officer informs and advises the controller or processor and their employees, monitors compliance, advises on impact assessments, and cooperates with and acts as the contact point for the supervisory authority.',
    },
    44: {
      title: 'General principle for transfers',
      summary: 'Personal data may be transferred to a country outside the EEA or an international organisation only if the conditions of Chapter V (Arts. 44 to 49) are met, so that the protection the regulation guarantees is not undermined.',
    },
    45: {
      title: 'Transfers on the basis of an adequacy decision',
      summary: 'Data may be transferred without specific authorisation to a country, territory, sector or international organisation that the European Commission has decided ensures an adequate level of protection (an adequacy decision), such as Switzerland and Japan, or US companies certified under the EU-US Data Privacy Framework.',
    },
    46: {
      title: 'Transfers subject to appropriate safeguards',
      summary: 'Without an adequacy decision, data may be transferred only with appropriate safeguards, and where enforceable rights and effective legal remedies are available to the person: for example the Commission’s standard data protection clauses, binding corporate rules, or an approved code of conduct or certification (Art. 46(2)).',
    },
    47: {
      title: 'Binding corporate rules',
      summary: 'A group of companies may transfer data within the group under binding corporate rules: data protection rules approved by the competent supervisory authority that are legally binding on every member and give people enforceable rights.',
    },
    48: {
      title: 'Transfers or disclosures not authorised by Union law',
      summary: 'A judgment or decision of a court or authority outside the EU requiring a transfer or disclosure of personal data can be recognised or enforced only on the basis of an international agreement, such as a mutual legal assistance treaty.',
    },
    49: {
      title: 'Derogations for specific situations',
      summary: 'Without an adequacy decision or appropriate safeguards, a transfer is allowed only in specific situations, such as the person’s explicit consent after being informed of the risks, necessity for a contract with or in the interest of the person, important reasons of public interest, legal claims, or vital interests. These derogations are interpreted strictly and are not meant for regular, systematic transfers.',
    },
    51: {
      title: 'Supervisory authority',
      summary: 'Each Member State must provide for one or more independent public authorities to monitor the application of the regulation: in the Netherlands the Autoriteit Persoonsgegevens, in Belgium the Data Protection Authority.',
    },
    77: {
      title: 'Right to lodge a complaint with a supervisory authority',
      summary: 'Every person who considers that the processing of their data infringes the regulation may lodge a complaint with a supervisory authority, in particular in the Member State where they live or work or where the infringement took place, without prejudice to other remedies. The authority must inform them of the progress and outcome.',
    },
    78: {
      title: 'Right to an effective judicial remedy against a supervisory authority',
      summary: 'Every person may go to court against a legally binding decision of a supervisory authority concerning them, and where the authority does not handle their complaint or does not inform them within three months of its progress or outcome. Proceedings are brought before the courts of the authority’s Member State.',
    },
    79: {
      title: 'Right to an effective judicial remedy against a controller or processor',
      summary: 'Every person who considers that their rights under the regulation have been infringed may go to court against the controller or processor, before the courts of the Member State where it has an establishment or where the person habitually resides, unless the controller is a public authority acting in the exercise of its public powers.',
    },
    80: {
      title: 'Representation of data subjects',
      summary: 'A person may mandate a not-for-profit body active in data protection to lodge a complaint or go to court on their behalf.',
    },
    82: {
      title: 'Right to compensation and liability',
      summary: 'Any person who has suffered material or non-material damage as a result of an infringement of the regulation has the right to compensation from the controller or processor. A processor is liable only where it has not complied with its own obligations or acted outside the controller’s lawful instructions, and neither is liable if it proves it is not in any way responsible for the event that caused the damage.',
    },
    83: {
      title: 'General conditions for imposing administrative fines',
      summary: 'Supervisory authorities may impose fines that are effective, proportionate and dissuasive: up to €10 million or 2 % of total worldwide annual turnover, whichever is higher, for infringements such as those of Arts. 8, 11 and 25 to 39 (Art. 83(4)), and up to €20 million or 4 % for infringements of the principles, the legal bases, the rights of data subjects and the rules on transfers (Art. 83(5)).',
    },
    94: {
      title: 'Repeal of Directive 95/46/EC',
      summary: 'Directive 95/46/EC, the former data protection directive, is repealed with effect from 25 May 2018; references to it are read as references to the regulation.',
    },
    99: {
      title: 'Entry into force and application',
      summary: 'The regulation entered into force on 24 May 2016 and applies from 25 May 2018.',
    },
  },

  citation: {
    patterns: [
      // Articles 15 to 22, Arts. 15-22
      'Art(?:icle)?s\\.? ?(?<article>\\d{1,2}) ?(?:to|-) ?(?<to>\\d{1,2})',
      // Art. 6(1)(f), Article 13(2)(c), Art 6 (1) f, Article 6.1(f)
      'Art(?:icle)?\\.? ?(?<article>\\d{1,2})(?: ?\\((?<paragraph>\\d{1,2})\\)|\\.(?<paragraph2>\\d{1,2}))?(?: ?\\(?(?<point>[a-j])\\))?',
      // Article 6 paragraph 1 point (f), Art. 6 para. 1 lit. f, Article 6 sub-paragraph 1(f)
      'Art(?:icle)?\\.? ?(?<article>\\d{1,2}),? (?:paragraph|para\\.?|par\\.?|sub-?paragraph) (?<paragraph>\\d{1,2})(?:,? (?:point|lit\\.?|letter|sub) \\(?(?<point>[a-j])\\)?|\\((?<point2>[a-j])\\))?',
    ],
    ordinals: {},
    lawName: ',? (?:of (?:the )?)?(?:(?:EU |UK )?GDPR|General Data Protection Regulation|Regulation \\(EU\\) 2016/679|Regulation(?! ?\\())',
    otherLaw: ',? (?:of|under) (?:the |our |these |this )?(?!(?:EU |UK )?GDPR|General Data Protection Regulation|Regulation \\(EU\\) 2016/679)(?:[A-Z]\\w*|terms|conditions|agreement|contract|policy)|,? (?:DPA|PECR|ePrivacy|UAVG|BW|Charter|ECHR|TFEU)(?![\\p{L}\\p{N}])',
  },
};
