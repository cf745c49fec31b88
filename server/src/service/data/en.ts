/**
 * English: how notices written in English phrase the GDPR's transparency items. Cue phrases
 * follow the regulation's English text (Art. 6, 13-22) and the ways notices commonly
 * paraphrase it; messages are plain words for a reader who is not a lawyer.
 */
import type { LanguageTable } from './types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/**
 * The law given as the reason ("weil das Steuerrecht es verlangt"): a legal obligation as the
 * basis of what the sentence does, or, said of keeping data, the ground of its retention period
 * (a retention criterion, which names no basis: see retention.statutory).
 */
const LAW_REASON = '(because|as) (the )?(\\w+ )?law (requires|obliges) (it|us|this|that)';

/**
 * Before a country outside the EEA: no transfer in a sentence about goods, customers or offices
 * ("we ship to Canada", "our customers in India"), unless a word for data comes between, or
 * just before the customers ("customer data is stored in the US", "the data of our clients").
 */
const TRADE = '(?<!(?<!(data|information|details)\\S*\\x20(\\S+\\x20){0,3})(?<![\\p{L}\\p{N}])((ship|deliver|dispatch|sell|sold|export)\\w*|(customer|client|office|branch)(e?s)?)\\x20((?!data|information|details|service|provider|supplier|vendor|software|server|host|cloud)\\S+\\x20){0,8})';

export const en: LanguageTable = {
  lang: 'en',
  lawName: 'GDPR',
  eurLexLang: 'EN',
  cite: (article, paragraph, point) => `Art. ${article}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`,
  stopwords: ['the', 'and', 'of', 'to', 'you', 'your', 'we', 'our', 'is', 'are', 'for', 'with', 'this', 'that', 'data', 'which', 'will', 'be', 'or', 'by', 'us', 'it', 'in', 'on', 'as', 'may', 'have', 'not', 'if', 'any'],

  noticeTitle: ['privacy (policy|notice|statement|information)', 'data protection (policy|notice|statement|information|declaration)', 'personal data', 'privacy'],
  noticeVocabulary: ['personal data', 'personal information', 'GDPR', 'General Data Protection Regulation', 'data protection', 'data controller', 'controller', 'legal basis', 'lawful basis', 'legitimate interests?', 'consent', 'retention', 'retain', 'your rights', 'right of access', 'supervisory authority', 'processing', 'process your', 'cookies?', 'privacy'],

  negation: ['not', 'never', 'no', 'none', "\\w+n't", 'cannot', 'neither', 'nor', 'without'],
  negationBreak: ['unless', 'except', 'but', 'however', 'only', 'other than', 'apart from', 'if', 'where', 'when', 'provided'],
  relative: { pronoun: ['that', 'which', 'who'], infinitive: ['to'] },
  self: ['we', 'our', 'us', 'ours'],
  reader: ['you', 'your', 'yours', 'yourself', 'data subjects?', 'individuals?', 'users?', 'customers?', 'visitors?', 'members?', 'parents?', 'guardians?', 'everyone', 'anyone', 'persons? concerned'],
  genericSubject: ['organi[sz]ations?', 'companies', 'businesses', 'controllers', 'the GDPR', 'this regulation', 'the law', 'the regulation'],

  topics: {
    controller: ['contact', 'contact (details|information|us)', 'who (we are|are we|is responsible)', 'controller', 'about us', 'responsible', 'identity', 'address', 'questions'],
    purposes: ['purposes?', 'why (we|do we)', 'how (we|do we) use', 'use of (your )?(personal )?(data|information)', 'what we do with', 'processing', 'what (it|they|this|that)(\'s| is| are) (used )?for'],
    'legal-basis': ['legal (basis|bases|grounds?)', 'lawful (basis|bases)', 'grounds? for processing', 'legal justification'],
    data: ['(personal )?data (we|do we) (collect|process|hold|use)', 'what (personal )?(data|information)', 'categories of (personal )?data', 'information (we|do we) collect', 'data we collect', 'personal data', 'which data', 'collect'],
    recipients: ['shar\\w*', 'recipients?', 'disclos\\w*', 'third part\\w*', 'processors?', 'who (has|have|gets) access', 'who (sees|receives|gets) (your|my|it|them|this|these)', 'service providers?'],
    retention: ['retention', 'retain', 'how long', 'storage (period|duration)', 'keep\\w*', 'storing', 'deletion'],
    rights: ['(your )?rights?', 'your choices', 'what (can|may) you (ask|do|request)', 'what you can (do|ask)', 'can I (see|access|get|correct|change|delete|update)', 'access (to )?your', 'data subject'],
    complaint: ['complaints?', 'supervisory authority'],
    automated: ['automated', 'profiling', 'artificial intelligence', 'decision'],
    transfers: ['transfers?', 'international', 'outside the (EU|EEA|European)', 'third countr\\w*'],
    dpo: ['data protection officer', 'DPO'],
    sources: ['sources?', 'where (we|do we) (get|obtain)', 'obtain\\w*', 'third-party data'],
    cookies: ['cookies?', 'tracking', 'trackers?', 'analytics'],
    changes: ['changes?', 'updates?', 'amendments?', 'version', 'last (updated|modified|revised)'],
    consent: ['consent'],
  },

  controller: {
    organisation: ['B\\.? ?V\\.?', 'N\\.? ?V\\.?', 'Ltd\\.?', 'Limited', 'LLC', 'LLP', 'Inc\\.?', 'plc', 'GmbH', 'S\\.?A\\.?S?', 'AG', 'Corp\\.?', 'Company', 'CIC', 'Trust', 'charity', 'Foundation', 'Association', 'University', 'council', 'we are', 'operated by', '(run|owned) by', 'I (run|own|operate)', '(website|site|app|shop|service) (\\w+ ){0,2}(belongs to|managed by|maintained by|provided by|made by|developed by)', 'sole trader', '(is|are) an? (\\w+ ){0,3}(shop|store|business|company|service|agency|practice|studio|salon|bakery|charity|club|webshop|podcast|channel|blog)', 'trading as', 'family business', '& ?Co\\.?', 'controller', 'responsible for (the processing|your (personal )?data)', 'registered (office|in|with)', 'company (number|registration)', 'Companies House', 'Chamber of Commerce', 'charity number'],
    // A way to reach the controller, not the word for one: lists of data collected name "phone number" and "postal address" too.
    channel: ['contact form', 'web form', 'online form', '(our|its) (postal|registered|office|business) address', 'e-?mail address or postal address', 'write to us', 'by post', 'registered office', 'P\\.?O\\.? Box', 'Street', 'Road', 'Lane', 'Avenue', 'Square', 'House', '[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}', 'call us', '(phone|ring) us'],
  },
  purposes: ['purposes?', '(we|I) (only |also )?(use|process|collect|need|keep|store|share) (your |the |this |such |these |personal )*(data|information|details)\\w* (to|for|in order to|so that|when)', 'used (to|for)', 'in order to', 'so that we can', '(we|I) (need|use|keep|take) your (\\w+ ){1,3}(to|so that|so (we|I) can)', 'to (provide|deliver|process|send|manage|improve|respond|answer|fulfil|fulfill|contact|administer|handle|analy[sz]e|perform|comply|prevent|register|verify|keep you)', 'for (the )?(purpose|purposes) of', 'we use (it|them|this)', 'why we (collect|process|use)', 'what (it|they|this|that)(\'s| is| are) (used )?for', 'what (we|I) use (it|them|this|your (\\w+ )?(data|information|details)) for'],
  purposeLink: ['to (?!(perform|fulfil) (\\w+ ){0,2}(contract|agreement))\\w+', 'in order to', 'so that', 'for (the )?(purposes?|provision|delivery|sending|management|improvement|analysis|marketing|newsletters?|statistics|administration|processing of your (order|request|application))', 'such as', 'namely', 'including'],
  reachUs: ['(how|who|whom|where|when) to \\w+', 'to (contact|reach|write to|call|e-?mail|phone) (us|me)'],
  dataCategories: ['names?', 'first name', 'surname', 'e-?mail address(es)?', 'email', 'phone numbers?', 'telephone numbers?', 'postal address(es)?', '(home |billing |delivery |postal )?address(es)?', 'date of birth', 'age', 'gender', 'IP address(es)?', 'device (ids?|identifiers?|information|data)', 'browser (type|settings|information)', 'location data', 'payment (details|information|data)', 'bank (account )?details', 'credit card', 'usernames?', 'passwords?', 'account (details|information|data)', 'contact (details|information|data)', 'identification data', 'usage data', 'log (data|files)', 'cookies?', 'photos?', 'images?', 'health (data|information)', 'financial (data|information)', 'national insurance number', 'passport', 'categories of (personal )?data', 'personal data (we|that we) (collect|process)', '(information|data) (we|that we) collect', 'transaction (data|information|history)', 'purchase history', 'communications?', '(CCTV|video|camera) (footage|recordings?|images)', 'footage', '(vehicle )?(number|registration|licen[cs]e) plates?', 'vehicle registration( numbers?)?'],
  recipients: ['third part(y|ies)', 'recipients?', 'processors?', 'sub-?processors?', 'service providers?', 'suppliers?', 'vendors?', 'partners?', '(we )?shar(e|ed|ing) (your |the |this |such |personal |some |certain |relevant |limited |necessary |\\w+(s\'|\'s) )*(data|information|details)', 'disclos\\w*', 'pass (your |the |it |this |anything |nothing )?(data |information )?on', 'pass(es|ed|ing)? (your |the |this |such |these |some |relevant |personal )*(data|information|details) (on )?to', '(our|external|third[- ]party) (\\w+ ){0,2}(software|IT|hosting|cloud|e-?mail|payroll|technology|platform|booking|mailing|newsletter|CRM|website) (support |service )?(providers?|compan(y|ies)|firms?|contractors?)', 'transfer(red)? (your |the |personal )*(data|information) to', 'hosting', 'hosted by', 'cloud', 'accountants?', 'bookkeepers?', 'on (our|my) behalf', 'auditors?', 'authorities', 'police', 'law enforcement', 'group companies', 'affiliates?', 'subsidiaries', 'payment (providers?|processors?)', 'couriers?', 'delivery (companies|services)', '(we|I) (do not|don\'t|never|will never|won\'t|will not) (sell|share|rent)', 'access to (your |the )?(personal )?(data|information)', 'sell (your )?(personal )?(data|information|details)', 'provided to', 'made available to', '(payments?|bookings?|reservations?|e-?mails?|newsletters?) (\\w+ ){0,2}(go|goes|run|runs)( out)? (through|via)', '(nobody|no one) else (gets|sees|receives) (your|the|any) (data|information|details)', '(nobody|no ?one) else (has|gets|can have) access', 'joint controllers?', '(we|I) (give|send|pass) (?!you )(\\w+ ){1,3}your (\\w+ ){0,2}(numbers?|names?|address(es)?|details|data|information|e-?mail)'],
  service: ['(we|I) use (\\S+ ){1,3}(to (send|host|process) (\\S+ ){0,2}|for (our )?)(newsletters?|payments?|website)', '(newsletters?|payments?|website) (\\S+ ){0,3}(sent|processed|handled|hosted) (via|through|by|with) \\S+'],
  nobody: ['(with |to )?(no ?one|nobody)', 'only (the|our|my) (\\S+ )?\\S+'],

  sale: {
    sell: ['sell\\w*', 'sold', 'rent', 'rented', 'renting'],
    passOn: ['shar(e|ed|es|ing)', 'disclos\\w*', 'pass\\w*', 'transfer\\w*', 'giv(e|en|es|ing)', 'provid\\w*', 'made available', 'hand\\w* over'],
  },

  basis: {
    general: ['legal (basis|bases|grounds?)', 'lawful (basis|bases|grounds?)', 'grounds? (for|of) (the )?processing', 'Art(icle)?\\.? ?6', 'basis (for|of) (the |this |our )?processing', 'on the basis (of|that)', 'based on', 'we rely on', 'relies on', 'justified by', 'lawfulness'],
    grounds: {
      consent: ['(on the basis of|based on|with|by|given|give|giving|obtain|obtained|rely on|relying on|subject to|requires?) (your |the |his |her |their |explicit |prior |specific |express |freely given )*consent', 'consent (is|as|will be|forms|constitutes) (the |our )?(legal |lawful )?(basis|ground)', 'you (have )?(given|give|provided) (us )?(your )?(explicit )?consent', 'where you (have )?consented', 'you consent', 'you have consented', 'if you (have )?consent(ed)?', 'with your (prior )?(permission|agreement|opt-in)', '(ask (\\w+ ){0,7}(whether|if)|only if) you(\'re| are) happy (to|for|with)', '(I|we)(\'ll| will)? (always )?ask (you )?first', 'ask(s|ed|ing)? (you )?for (your )?(explicit |prior |separate )?consent(?! forms?)', '\\(?explicit\\)? consent', 'consent:', 'consent \\(Art', '\\((your |explicit |prior )*consent\\)', '(basis|bases|ground|grounds) (\\w+ ){0,4}(is|are) (your |the |explicit |prior )*consent', 'Art(icle)?\\.? ?6 ?\\(1\\) ?\\(?a\\)?'],
      contract: ['(carry out|carrying out|performance|perform|performing|fulfil|fulfill|fulfilment|fulfillment|execution|conclusion|conclude|entering into|enter into) (of |of a |of the |of our |a |the |our |your )?(contract|agreement)', 'necessary (for|to) (the |a |our |your )?(contract|agreement)', '(contract|agreement) (with you|you have with us|to which you are (a )?party)', 'contractual (necessity|obligations?|relationship)', 'because of (the |our )?(contract|agreement)', '(because|as|since) (we(\'ve| have)( got)?|there(\'s| is)) (a |an )?(contract|agreement)(?! with (our|a|an|the|each|every|all|these|those|them|this|that) )', 'pre-?contractual', 'to provide (you with )?(the|our) services? you (have )?(requested|ordered|signed up)', 'agreement:', 'contract:', '\\((performance of (a |the |our )?)?(contract|agreement)\\)', 'Art(icle)?\\.? ?6 ?\\(1\\) ?\\(?b\\)?'],
      'legal-obligation': ['legal (obligations?|requirements?|duty|duties)', 'statutory (obligations?|duty|duties)', 'comply (with )?(the |a |our )?(law|legal|regulatory|statutory)', 'compliance with (a |the |our )?(legal|statutory|regulatory) (obligation|requirement|duty)', 'required (to do so )?by law', '(we are|are) (legally )?(obliged|required) (by law )?to', 'obliged by law', LAW_REASON, '(the )?(law|laws|legislation|regulations|(FCA|regulatory|statutory|legal|tax) rules) (\\w+ )?(requires?|obliges?) (us|me) to', 'Art(icle)?\\.? ?6 ?\\(1\\) ?\\(?c\\)?'],
      'vital-interests': ['vital interests?', 'protect (your|someone\'s|the) (life|vital)', 'Art(icle)?\\.? ?6 ?\\(1\\) ?\\(?d\\)?'],
      'public-task': ['public (task|interest|function)', 'official authority', 'task carried out in the public interest', 'statutory functions?', 'Art(icle)?\\.? ?6 ?\\(1\\) ?\\(?e\\)?'],
      'legitimate-interests': ['legitimate (business )?interests?', 'Art(icle)?\\.? ?6 ?\\(1\\) ?\\(?f\\)?'],
    },
    listed: { consent: ['(your |explicit |the data subject\'s )?consent'], contract: ['(a |the |our |your )?(contract|agreement)'] },
    anaphor: ['(this|that) is', '(these|those) are', 'this (constitutes|forms|reflects|represents)', 'in (this|these|that|doing so)', 'for (this|these|that)( purposes?)?'],
    interestLink: ['in', 'to', 'of', 'namely', 'such as', 'which (is|are|include)', 'including', 'being', 'for', 'as', 'in order to', 'so that', 'because', ':'],
    conditional: ['where', 'if', 'when', 'whenever', 'insofar as', 'to the extent( that)?', 'in cases where'],
    bare: ['process\\w*', 'us(e|es|ed|ing)', 'collect\\w*', 'stor(e|es|ed|ing)', 'personal', 'information', 'details', 'only', 'solely', 'of course', 'but', 'however', 'then', 'carried out', 'tak(e|es|ing) place', 'can', 'in (some|certain) cases', 'also', '(as )?(described|set out|explained|mentioned|listed|stated) (above|below|earlier)'],
  },

  retention: {
    keep: ['retain\\w*', 'retention', 'keep\\w*', 'kept', 'stor(e|ed|es|ing|age)', 'hold', 'held', 'delet\\w*', 'eras\\w*', 'destroy\\w*', 'anonymi[sz]\\w*', 'remov\\w*', 'archiv\\w*', 'saved?', 'shred\\w*', 'thr(ow|own|ew)\\w* (\\w+ ){0,5}away', 'overwrit\\w*', '(remain|stay)s? (on|in) (our|the) (\\w+ )?(list|database|records|systems?)'],
    period: ['\\d+ (calendar )?(days?|weeks?|months?|years?|hours?)', '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|a|an) (\\(\\d+\\) )?(calendar )?(days?|weeks?|months?|years?|hours?)', 'a (day|week|month|year)', '(one|a) year', 'year-end'],
    criterion: ['until (you|the|your|we|it|such time|that|they|no longer|deletion|account)', 'for (as long as|the duration of|the term of|the lifetime of) (you|your|the|our) (account|contract|agreement|membership|relationship|subscription|use)', '(in|during) which (you|users?) (have|hold|maintain) an account', 'for the (duration|term|lifetime) of', '(after|following) (the )?(end|termination|closure|expiry|completion|cancellation) of', '(after|once) (you|the contract|your account|the agreement|your membership)', 'when you (unsubscribe|close|delete|withdraw|cancel)', '(once|when|after) (\\w+ ){0,3}(has|have|is|are) (been )?(resolved|closed|completed|answered|dealt with|handled|settled)', 'end of (the|your) (contract|membership|subscription|relationship)', 'session (cookies?|ends?)', '(end|close|closing) of (the |your |each )?(browser |browsing )?session', '(after|when) (the |your |each )?(browser |browsing )?session'],
    statutory: ['statutory (retention )?(period|requirement|obligation)s?', '(as|so) long as (we are|we\'re|we may be) (legally |lawfully )?(required|obliged)', '(as|so) long as (is |it is )?(legally|lawfully) (required|necessary)', '(legal|statutory) retention', 'limitation periods?', 'as (required|prescribed) by (law|tax law)', 'tax (law|legislation|rules)', 'retention (obligations?|requirements?) under', LAW_REASON],
    vague: ['(as|so) long as (is |it is |reasonably |strictly )*(necessary|needed|required|appropriate)', 'no longer than (is )?(reasonably |strictly )?(necessary|needed|required)', 'for as long as (we(?! are (legally )?(required|obliged))|it|is|necessary|needed|required)', 'only as long as', 'for a (reasonable|limited) (period|time)', '(kept|keep|stored|stay|stays|remain|remains|held) (\\S+ ){0,4}for (a (few|couple of) (years|months)|a while|some time|a bit)', 'as long as (we|I) need', 'longer than (we|I) (have to|need to|must|need)', '(don\'t|do not|never|not) (keep|retain|store|hold) (\\w+ ){0,4}longer than (is )?(strictly |reasonably )?(necessary|needed|required)', 'retention periods? (\\w+ ){0,5}(may|can|will|could) (differ|vary)', '(in accordance with|according to) our (retention|data retention) (policy|schedule)'],
    reply: ['(respond\\w*|repl(y|ies)|answer\\w*|do (that|so|this|it)|deal with (it|this|that|your request)|act on (it|your request)|handle (it|your request)) (\\S+ ){0,5}within', 'within (\\S+ ){0,4}(of|after) (receiving |receipt of )?(your |a |the )?request'],
    same: ['(your|the|all|any|such|this|that|these|those) (personal )?(data|information|details)', 'personal (data|information)', 'it', 'them', 'they', 'these', 'those', 'this'],
  },

  rights: {
    frame: ['rights?', 'entitled', '(you are|you\'re) (welcome|free) to', '(if|should) you (want|wish|would like|\'d like) (us |me )?to', 'the (option|opportunity|possibility) to', 'demand', 'you (can|may|could|are able to)', 'can you', 'request', 'ask (us|for|that)', 'option to', 'exercise'],
    named: {
      access: ['right (of|to) access', 'access rights?', 'subject access( request)?', 'right to (obtain|request|receive) (a copy|access|confirmation)', 'data subject access', 'right to know'],
      rectification: ['right (to|of) (rectification|rectify|correction|correct)', 'rectification', '(is|are) (wrong|out of date|not (correct|accurate|up to date))[,;]? (\\w+ ){0,3}(tell|let|contact|inform|notify) (us|me)', '(is|are) (wrong|incorrect|inaccurate|out of date),? (we|I) (will|\'ll) (correct|fix|update|amend) (it|them)', '(tell|let) (us|me) (know )?(\\S+ ){0,3}and (we|I)(\'ll| will) (update|correct|amend|fix|change) (it|them|this|that|your (\\w+ )?(details|records?|data|information))'],
      erasure: ['right (to|of) (erasure|deletion|delete|erase|be forgotten)', 'right to be forgotten', 'erasure'],
      restriction: ['right (to|of) (restriction|restrict|limit|block)\\w*', 'restriction of (the )?processing', 'restrict (the )?processing'],
      object: ['right to object(?! to (processing |decisions? )?based solely)', 'right of objection', 'right to opt[- ]out', 'object to (the |our |any |such |this |processing(?! based solely)|your|direct)', 'objection to'],
      portability: ['(data )?portability', 'right to (data )?portability', 'machine[- ]readable', 'transmit(ted)? (it|them|your data|the data|this data) to another', 'port (it|them|your (personal )?(data|information)) to (a|an|another)', 'transfer (this|your|the) (personal )?(data|information) to another'],
    },
    described: {
      access: ['access (to )?(your|the|any|all) (personal )?(data|information)', '(request|obtain|ask for) (\\w+ ){0,3}access', 'access to and', 'access (it|them)', '(a )?cop(y|ies) of (it|them|your|the|all|what|everything)', '(see|view|inspect|check)(,| or| and)? (\\w+ ){0,3}(the |your |all |any |what )?(personal )?(data|information|details) (we|I) (hold|have|keep|store|process)', 'which (personal )?(data|information) (we|I) (hold|have|keep|process)', '(know|find out|be informed|learn|see) (what|which) (personal )?(data|information)', 'inspect', 'what (personal )?(data|information) we (hold|have|process|store)', '(know|find out|learn|see|ask) ((us|me) )?(what|everything) (\\w+ ){0,2}(we|I) (hold|have|keep|store|process)', '(get|obtain|receive|request|ask for|send you) a copy', 'an export(ed file)? of (the |your |all )?(personal )?(data|information)', '(ask|request|want|like) to (see|view|inspect|look at) (your |the |our )?(own )?(personal )?(data|information|details|records?|files?|notes)', 'access(,|,? or|,? and) (correct|rectify|update|amend|delete|erase)', 'you(\'ve| have| are|\'re)( got| also)? (the |a )?(right|entitled) to (see|view|inspect|look at)', '(ask|know|see|find out) ((us|me) )?what (we|I)(\'ve| have) got (on|about) you'],
      rectification: ['correct\\w*', 'rectif\\w*', 'amend\\w*', 'updat(e|ed|ing) (your |the |any |inaccurate |incorrect )?(personal )?(data|information|details|records)', 'updat(e|ed|ing) (it|them)', 'change (or (delete|erase|remove|correct|update) )?(it|them|your (personal )?(data|information|details))', 'updat(e|ed|ing) (your |the )?(account|contact|profile|personal) (details|information|data)', 'inaccurate', 'incorrect', 'incomplete', 'out of date', 'fix (it|them|anything|any (mistakes?|errors?))', '(wrong|incorrect|inaccurate|mistakes?|errors?) (\\w+ ){0,2}(put|set) right', '(put|set) (it|them|this|that) right'],
      erasure: ['delet\\w*', 'eras\\w*', 'remov\\w*', 'wip(e|ed|ing)', 'forgotten'],
      restriction: ['restrict\\w*', 'limit (the |its |their )?(processing|use)', 'limit (how|the way) (we|our) (use|process|handl)\\w*', 'stop (using|processing) (\\w+ ){0,4}(for a while|temporarily|for the time being)', 'temporarily (stop|suspend|halt)', 'block(ing)? (the )?(processing|use|your data)', 'suspend (the )?(processing|use)', '(hold|keep|store) (it|them|your data|the data) (\\w+ )?without using'],
      object: ['object(s|ed|ing|ions?)?(?!\\w| to (processing |decisions? )?based solely)', 'opt[- ]out', 'stop (us )?(using|processing)'],
      portability: ['portab\\w*', 'an export(ed file)? of (the |your |all )?(personal )?(data|information)', 'transfer\\w* (your|the|this) data', 'electronic format', 'structured', 'commonly used', 'another (controller|party|organi[sz]ation|provider|service)'],
    },
    withdrawConsent: ['take back (your |this |that |the |such )?(consent|permission|agreement)', 'withdraw (your |this |that |the )?(permission|agreement)', 'withdraw\\w* (of )?(your |their |this |that |the |such )?consent', 'consent (can|may|could) (be )?(withdrawn|revoked)', 'revok\\w* (your |this |the |such )?consent', 'consent(,)? (at any time|any time)', 'withdraw (it|this|them) at any time', '(consent|permission),? which (you )?(can|may) (\\w+ ){0,2}(withdraw|take back)', 'withdraw (it |this |them )?whenever you (like|want|wish)', 'change your mind', 'right to withdraw', 'withdraw at any time', 'unsubscribe at any time', 'opt out at any time'],
    reference: ['(this|that|these|those) rights?'],
    complaintAction: ['complain\\w*', 'lodge', 'take (\\w+ ){0,3}up with', 'not happy', 'report (a concern|a complaint|your concern)', 'raise (a|your) concerns?', 'concerns?', 'unhappy', 'dissatisfied', 'not satisfied', 'grievance'],
    authority: ['supervisory authorit(y|ies)', 'data protection (authority|authorities|regulator|commission|commissioner)', 'Information Commissioner\'?s? ?(Office)?', 'ICO', 'Autoriteit Persoonsgegevens', 'Data Protection Commission', 'CNIL', 'regulator', 'competent authority', 'Gegevensbeschermingsautoriteit', 'Data Protection Authority', 'EDPS', 'Commissioner'],
  },

  automatedDecisions: ['(rejected|accepted|decided|selected|refused|approved|made|taken) (\\w+ ){0,3}by (the |a |an |our )?(software|system|algorithm|computer|machine)s? (alone|only)', 'automated (individual )?decision\\w*', 'automatic decision\\w*', '(decid|assess)\\w* automatically', 'automatically (decid|assess|approv|reject|refus|declin)\\w*', 'decisions? (based )?(solely|purely|exclusively) on automat\\w*', 'automated (processing|means)', 'profiling', 'profiles? (of|about) (you|users|customers|visitors)', 'Art(icle)?\\.? ?22'],
  automatedRight: ['not to be subject(ed)? to (\\S+ ){0,10}(decision|processing|profiling)\\w*', 'rights? (in relation to|related to|relating to|regarding) automated decision\\w*'],
  statutory: {
    direct: ['(not|no) (legal |statutory |contractual )?(obligat\\w*|requirement) to provide', 'you (do not|don\'t) (have|need) to (provide|give|share|supply|create|open|register|sign up|fill|enter)', 'you (need not|needn\'t) (provide|give|share|supply|create|open|register|sign up|fill|enter)', '(are|is) not (obliged|required|obligated) to (provide|give|share)', '(statutory|legal|contractual) requirement to provide', 'requirement (to|necessary to) enter into a contract', 'if you (do not|don\'t|choose not to|fail to|refuse to) (provide|give|share|supply)', '(failure|refusal) to provide', 'without (this|these|such|the|your) (\\w+ )?(data|information|details)', '(mandatory|compulsory|voluntary) (fields?|information|data|details)', '\\((mandatory|compulsory|required)\\)', '(fields?|information|data|details|name|address|number|e-?mail|birth) (\\w+ ){0,5}(is|are) (\\w+ )?(mandatory|compulsory)', '(mandatory|compulsory)[:;,]? (\\S+ ){0,6}without (it|them|this|these),? (\\S+ ){0,4}(cannot|can\'t|unable|not be able)', 'marked with an asterisk', '(is|are) (entirely |completely |purely |always |strictly )?voluntary', 'voluntary basis', '(is|are) (entirely |completely |always |purely )?optional', 'optional (fields?|information|data)', '\\(optional\\)', 'optionally,? (an? |your |the )?(e-?mail|phone|telephone|mobile|postal|address|name|date of birth|photo|company|job)', '(provid|giv|supply|enter|fill)\\w* (\\w+ ){1,5}(is|are) not (mandatory|compulsory|required|obligatory)', 'not (able|be able) to (provide|offer|deliver|process)'],
    provide: ['(when|if|before) you (order|book|register|sign up|buy|apply|enrol|join|place)', '(you|users?|customers?|applicants?) (\\w+ ){0,3}(provide|give|supply|share|enter|submit)', '(provide|providing|provision of|give|giving|supply|supplying|submit|submitting) (us )?(with )?(your |the |this |such |these |certain |some |personal )*(data|information|details)', 'fill\\w* in', '(give|provide|supply) (you|us) (with )?my (\\w+ )?(data|information|details)', 'asked (for|to provide)', 'we (ask|request) (you )?(for|to)', '(we|I) (take|write down|note down|note) (down )?your (\\w+ )?(names?|details|numbers?|address|e-?mail|data|information)'],
    need: ['must(?! (be|remain|stay) (true|accurate|correct|complete|current|up)| (notify|inform|tell) us)', 'required', 'have to', '(we|I) (need|require) (your|the following|some|certain)', '(we|I) (need|require) (these|them|this|it) (so|to|for|in order|because)', '(statutory|legal|contractual) requirement', 'obliged', 'obligat\\w*', 'mandatory', 'need to', 'necessary (for|to) (provide|deliver|perform|enter|process|conclude)', 'cannot', 'unable', 'not be able'],
  },

  transfers: {
    outside: ['(process|stor|transferr?|host|held|kept|keep|hold)\\w* (\\w+ ){0,5}(worldwide|globally|around the world|anywhere in the world)', 'outside (of )?(the )?(EU|EEA|European Economic Area|European Union|UK|United Kingdom|Europe)', 'third countr\\w*', 'international (data )?transfers?', 'transfer\\w* (\\w+ ){0,4}(abroad|overseas|internationally)', `${TRADE}(to|in) the (United States|USA|U\\.S\\.A?\\.?|US)`, `${TRADE}(to|in) (India|China|Canada|Australia|the United States|the USA)`, `${TRADE}(?<!\\d{5}(-\\d{4})?,?\\s{1,3})United States`, 'non-(EU|EEA) countr\\w*', 'countries (that|which) do not', 'international organi[sz]ations?', '(partners?|providers?|suppliers?|processors?|companies|vendors) (located |based )?(around the world|worldwide|across the globe|all over the world)', 'American (\\w+ ){0,2}(company|service|provider|supplier|firm)'],
    // "In the UK" says where data is only when the sentence is about keeping or sending it: "a
    // family business based in the UK" and "law in force in the EU" say nothing about transfers.
    inside: ['within (the )?(EU|EEA|European Economic Area|European Union|UK|United Kingdom|Netherlands|Belgium|Germany|Ireland|France|Europe)', '(stor\\w*|held|hold|kept|keep|host\\w*|process\\w*|remains?|stays?|located|servers?|data ?cent(er|re)s?|transferred|leaves?) (\\w+ ){0,6}in (the )?(EU|EEA|European Economic Area|European Union|UK|United Kingdom|Netherlands|Belgium|Germany|Ireland|France|Europe)', 'stored (on servers )?(in|within) (the )?(EU|EEA|UK|Europe|Netherlands)', 'servers? (located )?(in|within) (the )?(EU|EEA|UK|Europe|Netherlands|Germany|Ireland)', 'European (servers?|data ?cent(er|re)s?)', '(EU|EEA|UK|Europe)[- ]based (servers?|data ?cent(er|re)s?|hosting|cloud)', '(never|not|doesn.t|don.t|won.t) leaves? (the )?(EU|EEA|European Union|UK|United Kingdom|Europe)', 'data location', 'storage location'],
    safeguards: ['standard contractual clauses', 'standard data protection clauses', 'SCCs?', 'model (contract(ual)? )?clauses', 'adequacy (decision|regulations?|finding)', 'adequate (level of )?(protection|data protection)', 'binding corporate rules', 'BCRs?', 'Data Privacy Framework', 'DPF', 'Art(icle)?\\.? ?4[5-9]', 'International Data Transfer (Agreement|Addendum)', 'IDTA', 'approved certification', 'code of conduct'],
    recipient: ['recipients?', 'third part(y|ies)'],
  },

  dpo: {
    term: ['data protection officer', 'DPO', 'privacy officer'],
    own: ['our (data protection officer|DPO|privacy officer)', '(we have|has) appointed', 'appointed a', 'contact (our|the) (data protection officer|DPO|privacy officer)', '(data protection officer|DPO|privacy officer) (can|may|is) (also )?(be )?(contacted|reached)', '(data protection officer|DPO|privacy officer) (at|via)'],
  },

  sources: {
    obtained: ['(from|through|via) (other|third|external|public|publicly|partner)\\w* (data |information )?(sources?|part\\w*|companies|organi[sz]ations|data|registers?)', '(receive|obtain|collect|get|acquire|source|originat|come|came)\\w* (\\w+ ){0,6}from (third|other|external|public|partners?|our partners|your employer|social|credit|publicly|a third)', 'indirectly', 'not (obtained|collected) (directly )?from you', 'sources? of (your |the |this |such )?(personal )?(data|information)', 'sources? we (rely on|use)', 'publicly (available|accessible)', '(from|through|via) social media', 'combin\\w* (\\w+ ){0,8}(other|third[- ]party|external|public|publicly available) (data |information )?sources?'],
    listLeadIn: ['(from|through|via) the following (\\w+ )?(sources?|part(y|ies)|organi[sz]ations|third parties|partners|places)'],
    specific: ['partner\\w*', 'social media', 'public (registers?|sources|records)', 'publicly (available|accessible)', 'credit (reference )?agenc\\w*', 'your employer', 'Companies House', 'Chamber of Commerce', 'banks?', 'payment (providers?|service)', 'LinkedIn', 'Facebook', 'Google', 'referr\\w*', 'recruit\\w*', 'marketing (lists|partners)', 'data brokers?', 'government', 'authorities', 'schools?', 'employers?', 'insurers?', '(health ?care|medical) (providers?|professionals?)', 'doctors?', 'hospitals?', 'pharmac(y|ies|ists?)', 'your (bank|representative|organi[sz]ation|company|colleagues?)'],
  },

  lastUpdated: {
    cue: ['last (updated|modified|revised|amended|changed|reviewed)', 'updated (on|in|as of)', 'effective (date|as of|from|since)', 'version', 'revised', 'valid from', 'approved', 'date of (this )?(policy|notice|statement)', 'as of'],
    months: MONTHS,
  },

  cookies: {
    mention: ['cookies?', 'cookie (policy|banner|statement|notice|settings|preferences)', 'similar technologies', 'tracking technologies', 'pixels?', 'web beacons?', 'local storage'],
    handling: ['consent', 'accept\\w*', 'reject\\w*', 'decline\\w*', 'refus\\w*', 'disabl\\w*', 'block\\w*', 'delet\\w*', 'browser settings?', '(cookie|privacy|consent|tracking) preferences', '(manage|update|change|adjust|set) (your |their )?(\\w+ )?preferences', 'opt[- ]out', 'opt[- ]in', 'banner', 'manage', 'do not use', 'does not use', 'don\'t use', 'no cookies', 'only (strictly )?(necessary|essential|functional)', 'strictly necessary', 'essential cookies', 'cookie (policy|statement|notice)', 'choose', 'settings'],
    trackers: ['Google Analytics', 'analytics', '(?<!-)tracking(?! systems?)', '(?<!(habit|fitness|activity|sleep|mood|period|cycle|expense|budget|time|step|workout|calorie|symptom|GPS)\\x20)trackers?', 'pixels?', 'web beacons?', 'Matomo', 'Plausible', 'Hotjar', 'Facebook Pixel', 'Meta Pixel', 'fingerprint\\w*'],
  },

  impliedConsent: ['by (using|uploading|registering|signing up|creating|placing|ordering|booking|continuing)\\w* (\\w+ ){0,3}you (agree to|accept|consent to) (this|our|the) (privacy )?(policy|notice|statement|processing)', 'by (continuing|continued) (to )?(use|using|browse|browsing|visit|visiting|navigat\\w*)', 'by (using|accessing|visiting|browsing|installing|downloading) (this|our|the) (website|site|service|app|application|platform)s?,? you(\'re| are)?( hereby)? (agree|consent|accept)\\w*', 'continued use of (this|our|the) (website|site|service|app)s? (constitutes|means|implies|will be deemed|signifies)', 'deemed to (have )?(consent|accept|agree)\\w*', 'you (are deemed|will be deemed|are considered) to (consent|accept|agree)', 'we (will )?assume (that )?you (are happy|agree|consent|accept|do not object|don\'t object)', 'implied consent', '(we|I)(\'ll| will)? (assume|take it) (that )?you(\'re| are) (ok|okay|fine|happy|content)', 'if you (do not|don\'t) agree (with|to) (\\S+ ){0,6}(please )?(do not|don\'t|must not|should not) (use|access|visit)', 'by (logging on|logging in|connecting) to (the|our) (guest )?(wi-?fi|network)\\w*,? you (agree|accept|consent)', 'if you do not (object|opt out|change your settings),? we (will )?(assume|take)'],
  outdated: [
    { cue: '(EU-US |EU-U\\.S\\. |Swiss-US |Swiss-U\\.S\\. )?Privacy Shield', replacement: 'EU-US Data Privacy Framework or standard contractual clauses', reason: 'The Court of Justice invalidated the Privacy Shield in July 2020 (C-311/18, Schrems II).' },
    { cue: 'Safe Harbou?r', replacement: 'EU-US Data Privacy Framework or standard contractual clauses', reason: 'The Court of Justice invalidated Safe Harbor in 2015 (C-362/14, Schrems I).' },
    { cue: '(Directive|Dir\\.) 95/46(/EC)?', replacement: 'the GDPR (Regulation (EU) 2016/679)', reason: 'Directive 95/46/EC was repealed by the GDPR on 25 May 2018.' },
    { cue: 'Data Protection Directive', replacement: 'the GDPR (Regulation (EU) 2016/679)', reason: 'The Data Protection Directive was repealed by the GDPR on 25 May 2018.' },
    { cue: 'Data Protection Act 1998', replacement: 'the UK GDPR and the Data Protection Act 2018', reason: 'The UK Data Protection Act 1998 was replaced by the Data Protection Act 2018.' },
    { cue: 'Dutch Personal Data Protection Act', replacement: 'the GDPR', reason: 'The Dutch Personal Data Protection Act (Wbp) was repealed on 25 May 2018.' },
    { cue: 'Wet bescherming persoonsgegevens', replacement: 'the GDPR', reason: 'The Wet bescherming persoonsgegevens (Wbp) was repealed on 25 May 2018.' },
    { cue: 'Dutch Data Protection Authority \\(CBP\\)|College bescherming persoonsgegevens', replacement: 'the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)', reason: 'The College bescherming persoonsgegevens has been called the Autoriteit Persoonsgegevens since 1 January 2016.', current: 'Autoriteit Persoonsgegevens|Dutch Data Protection Authority \\(AP\\)' },
    { cue: '(Belgian )?Privacy Commission|Commission for the Protection of Privacy', replacement: 'the Belgian Data Protection Authority (Gegevensbeschermingsautoriteit)', reason: 'The Belgian Privacy Commission was replaced by the Data Protection Authority on 25 May 2018.', current: 'Gegevensbeschermingsautoriteit|Autorité de protection des données|Belgian Data Protection Authority' },
  ],

  historical: ['formerly', 'previously', 'no longer', 'invalidated', 'invalid', 'replaced', 'successor', 'repealed', 'former', 'now called', 'now known as'],

  rules: {
    'controller-identity': { title: 'Who is responsible and how to reach them', message: 'The notice does not say who is responsible for the personal data (the controller) together with a way to contact them. The GDPR ({articles}) requires the name of the organisation and its contact details.' },
    purposes: { title: 'Purposes of processing', message: 'The notice does not say what the personal data is used for. The GDPR ({articles}) requires the purposes of the processing.' },
    'legal-basis': { title: 'Legal basis', message: 'The notice does not say on which legal basis the data is processed (consent, a contract, a legal obligation, legitimate interests...). The GDPR ({articles}) requires the legal basis for each purpose.' },
    'data-categories': { title: 'Kinds of personal data', message: 'The notice does not list which kinds of personal data are processed (name, e-mail address, IP address...). Readers expect it, and the GDPR ({articles}) requires it when data is not collected from them.' },
    recipients: { title: 'Recipients', message: 'The notice does not say who receives the personal data (service providers, processors, authorities...) or that nobody does. The GDPR ({articles}) requires the recipients or their categories.' },
    retention: { title: 'Retention period', message: 'The notice does not say how long the personal data is kept, or how that period is decided. The GDPR ({articles}) requires the storage period or the criteria that fix it.' },
    'right-access': { title: 'Right of access', message: 'The right of access is missing: readers must be told they can ask for a copy of their data. The GDPR ({articles}) requires it.' },
    'right-rectification': { title: 'Right to rectification', message: 'The right to rectification is missing: readers must be told they can have incorrect data corrected. The GDPR ({articles}) requires it.' },
    'right-erasure': { title: 'Right to erasure', message: 'The right to erasure ("right to be forgotten") is missing: readers must be told they can ask for their data to be deleted. The GDPR ({articles}) requires it.' },
    'right-restriction': { title: 'Right to restriction of processing', message: 'The right to restriction of processing is missing: readers must be told they can ask for the use of their data to be limited. The GDPR ({articles}) requires it.' },
    'right-object': { title: 'Right to object', message: 'The right to object is missing: readers must be told they can object to the processing, including to direct marketing. The GDPR ({articles}) requires it.' },
    'right-portability': { title: 'Right to data portability', message: 'The right to data portability is missing: readers must be told they can receive their data in a machine-readable format or have it sent to another organisation. The GDPR ({articles}) requires it.' },
    'right-complaint': { title: 'Right to complain to a supervisory authority', message: 'The notice does not tell readers they can complain to a data protection authority. The GDPR ({articles}) requires it; naming the authority is best.' },
    'automated-decisions': { title: 'Automated decisions and profiling', message: 'The notice does not say whether decisions based solely on automated processing, including profiling, with legal or similarly significant effects are made about readers. The GDPR ({articles}) requires readers to be told of such decisions; if none are made, say so.' },
    'statutory-requirement': { title: 'Whether providing data is required', message: 'The notice does not say whether readers must provide their data (by law or for a contract) and what happens if they do not. The GDPR ({articles}) requires it.' },
    'right-withdraw-consent': { title: 'Right to withdraw consent', message: 'The notice relies on consent but does not say that consent can be withdrawn at any time. The GDPR ({articles}) requires it.' },
    'legitimate-interests': { title: 'The legitimate interests pursued', message: 'The notice relies on legitimate interests but does not say what those interests are. The GDPR ({articles}) requires them to be named.' },
    'transfer-safeguards': { title: 'Safeguards for transfers outside the EEA', message: 'Personal data goes outside the EEA, but the notice does not say whether an adequacy decision covers the transfer or which safeguard protects it (standard contractual clauses, binding corporate rules...). The GDPR ({articles}) requires it.' },
    'dpo-contact': { title: 'Contact details of the data protection officer', message: 'A data protection officer is mentioned without contact details. The GDPR ({articles}) requires them.' },
    'data-sources': { title: 'Where the data comes from', message: 'The notice says data is obtained from others than the reader but does not say from whom. The GDPR ({articles}) requires the sources or their categories.' },
    'last-updated': { title: 'Date of the last update', message: 'The notice carries no date or version. Readers cannot tell whether it is current; add the date of the last change.' },
    cookies: { title: 'Cookies and similar technologies', message: 'The service uses cookies or trackers, but the notice does not say how consent for them is asked and managed.' },
    'transfers-statement': { title: 'Whether data leaves the EEA', message: 'The notice does not say whether personal data leaves the European Economic Area. State it, also when it does not.' },
    'vague-retention': { title: 'Vague retention period', message: 'This retention statement gives no period and no criterion. The GDPR ({articles}) requires the actual period or the criteria that fix it.' },
    'implied-consent': { title: 'Consent inferred from silence or continued use', message: 'Consent cannot be inferred from silence or continued use: it must be a clear, active choice (Art. 4(11) and Recital 32 GDPR; CJEU C-673/17, Planet49). Ask for consent instead.' },
    'outdated-reference': { title: 'Outdated legal reference', message: 'This refers to "{found}", which is out of date. {reason}' },
    'basis-without-purpose': { title: 'Legal basis not tied to a purpose', message: 'This legal basis is not tied to any purpose. The GDPR ({articles}) requires readers to see which purpose each legal basis serves.' },
  },
  notes: { 'other-language': 'A part in another language', 'unfilled-placeholder': 'A placeholder not filled in' },
  phrases: {
    dpoHint: 'No data protection officer is mentioned. If one has been appointed, the GDPR (Art. 13(1)(b)) requires their contact details.',
    triggeredBy: 'This makes the item required',
    useInstead: 'Use {replacement} instead.',
    otherLanguage: 'This part is in {language}, but the notice is checked in English, so what it says counts for none of the items. Put each language version in a file of its own.',
    languages: { en: 'English', nl: 'Dutch', de: 'German', fr: 'French' },
  },
};
