/**
 * One detector per checklist id. Detectors read sentences through the Context and cue lists from
 * the language table; they contain no words of any language.
 */
import { EMAIL_SOURCE, HIDDEN_AT, HIDDEN_EMAIL_SOURCE, LINE_PARTS } from './text';
import type { RuleId } from './catalogue';
import type { Span } from './analysis';
import type { Basis, Right } from './data/types';
import { boundaryBefore, Context, firstWords, lastWords, stripLead, type Mention } from './context';
import { all, cuesOf, first, has, one, type Hit } from './match';

/** What a detector decides; the analysis adds where a missing item is reported. */
export interface Verdict {
  readonly status: 'present' | 'missing' | 'not-applicable';
  readonly evidence: readonly Span[];
  readonly trigger?: Span;
}

export interface Problem {
  readonly range: Span;
  readonly evidence: readonly Span[];
  readonly replacement?: string;
  /** Values for the message's {placeholders}. */
  readonly values?: Readonly<Record<string, string>>;
}

type Completeness = (c: Context) => Verdict;
type Quality = (c: Context) => Problem[];

const span = (c: Context, m: Mention): Span => {
  const s = c.sentences[m.sentence]!;
  return { start: s.start + m.hit.index, end: s.start + m.hit.end };
};
const sentenceSpan = (c: Context, i: number): Span => ({ start: c.sentences[i]!.start, end: c.sentences[i]!.end });
const MISSING: Verdict = { status: 'missing', evidence: [] };
const NA: Verdict = { status: 'not-applicable', evidence: [] };
const verdict = (c: Context, sentences: readonly number[], trigger?: Span): Verdict =>
  sentences.length ? { status: 'present', evidence: unique(c, sentences).map((i) => sentenceSpan(c, i)), trigger } : { ...MISSING, trigger };
/** Evidence sentences kept per item: the first few, as found. */
export const FIRST_EVIDENCE = 5;
/** Beyond those, at most this many more, one for each further section. */
const SECTION_EVIDENCE = 20;
/**
 * The evidence kept for an item: its first sentences, then the first sentence of each further
 * section that has one (the analysis keeps those only in sections whose heading is about the
 * item). The outline labels every section by its evidence, so a section devoted to an item
 * ("7. Widerspruchsrecht") keeps its sentence even when the item was met five times earlier on.
 */
const unique = (c: Context, xs: readonly number[]): number[] => {
  const all = [...new Set(xs)];
  const kept = all.slice(0, FIRST_EVIDENCE);
  const sections = new Set(kept.map((i) => c.sentences[i]!.section));
  for (const i of all.slice(FIRST_EVIDENCE)) {
    if (kept.length >= FIRST_EVIDENCE + SECTION_EVIDENCE) break;
    const sec = c.sentences[i]!.section;
    if (sec === -1 || sections.has(sec)) continue;
    sections.add(sec);
    kept.push(i);
  }
  return kept;
};

/**
 * A tally of sentences in the order `unique` reads them. `add` says when its evidence is full
 * (five sentences and twenty further sections): later sentences cannot change the verdict, so a
 * detector may stop reading mentions there (Context.mentionsUntil). `ignores` says that `unique`
 * would pass over a sentence (one already counted, or beyond the first five in a section that
 * already has its sentence), so a detector need not read it.
 */
const evidenceTally = (c: Context): { add(i: number): boolean; ignores(i: number): boolean } => {
  const seen = new Set<number>();
  const sections = new Set<number>();
  let kept = 0;
  return {
    add(i) {
      if (!seen.has(i)) {
        seen.add(i);
        const sec = c.sentences[i]!.section;
        if (seen.size <= FIRST_EVIDENCE) { kept++; sections.add(sec); }
        else if (sec !== -1 && !sections.has(sec)) { kept++; sections.add(sec); }
      }
      return kept >= FIRST_EVIDENCE + SECTION_EVIDENCE;
    },
    ignores(i) {
      if (seen.has(i)) return true;
      const sec = c.sentences[i]!.section;
      return seen.size >= FIRST_EVIDENCE && (sec === -1 || sections.has(sec));
    },
  };
};

/**
 * Reads sentences into evidence in the order `unique` reads them and says when to stop: `take`
 * adds a sentence and is true once the evidence is full, so the rest of a long notice need not be
 * read; `ignores` (see evidenceTally) tells which sentences need no closer look. `sentences` is
 * what verdict is then given: the same verdict as for every sentence, read to the end.
 */
const evidenceReader = (c: Context): { readonly sentences: number[]; take(i: number): boolean; ignores(i: number): boolean } => {
  const tally = evidenceTally(c);
  const sentences: number[] = [];
  return {
    sentences,
    take(i) {
      sentences.push(i);
      return tally.add(i);
    },
    ignores: (i) => tally.ignores(i),
  };
};

/** The evidence of a cue list's mentions that `accept` takes, in document order, read only until it is full (see evidenceReader). */
function evidenceOf(c: Context, cues: readonly string[], accept: (m: Mention) => boolean): number[] {
  const ev = evidenceReader(c);
  for (let k = 0, m = c.mentionAt(cues, 0); m !== undefined; m = c.mentionAt(cues, ++k)) {
    if (!ev.ignores(m.sentence) && accept(m) && ev.take(m.sentence)) break;
  }
  return ev.sentences;
}

const EMAIL_SHAPE = new RegExp(EMAIL_SOURCE, 'u');
const HIDDEN_EMAIL = new RegExp(HIDDEN_EMAIL_SOURCE, 'iu');
/** An e-mail address, also one written "info(at)example.de" (the cheap tests first: the shape tests are slow on long text). */
const EMAIL = { test: (t: string): boolean => (t.includes('@') && EMAIL_SHAPE.test(t)) || (HIDDEN_AT.test(t) && HIDDEN_EMAIL.test(t)) };
const PHONE = /(?:\+|\b0)\d[\d ()./-]{7,16}\d\b/;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/i;

// ---------------------------------------------------------------- always required

const controllerIdentity: Completeness = (c) => {
  const contact: number[] = [];
  const org: number[] = [];
  // Only the first two contact sentences and the first naming the organisation are shown: the
  // rest of a long notice need not be read for them.
  for (let k = 0, own = c.own(); k < own.length; k++) {
    const i = own[k]!;
    const s = c.sentences[i]!;
    if (contact.length < 2 && (EMAIL.test(s.text) || PHONE.test(s.text) || c.has(i, c.t.controller.channel)) && !ofAuthority(c, i)) contact.push(i);
    if (!org.length && c.has(i, c.t.controller.organisation)) org.push(i);
    if (contact.length >= 2 && org.length) break;
  }
  if (!contact.length) return MISSING;
  if (!org.length && !c.model.sections.some((sec) => has(c.t.topics.controller, sec.title))) {
    const name = letterhead(c, contact);
    if (name === undefined) return MISSING;
    org.push(name);
  }
  return verdict(c, [...contact, ...org]);
};

/** How far into a notice its letterhead stands: its first sentences, title included. */
const LETTERHEAD = 8;
/** How far from its end a notice may be signed with the name and address ("Kapsalon Lokken, Voorstraat 12, Zwolle"). */
const FOOTER = 3;
/** Two capitalised words in a row at the start: a name ("Lotus Flow Yoga", "Bakkerij Jansen"). */
const NAME = /^[^\p{L}\p{N}]*\p{Lu}[\p{L}\p{M}'’.-]*\s+(?:&\s+)?\p{Lu}/u;
/** A lowercase word of more than three letters: ordinary prose, not a name with its "&", "de" or "am". */
const PROSE_WORD = /(?:^|\s)\p{Ll}[\p{L}\p{M}]{3,}/u;
/**
 * Text that is only a name, with connectors and punctuation: "Kapsalon Knip & Co", "Lotus Flow Yoga –".
 * A tagline after a spaced dash is no part of it: "Salon Lumière – coiffure & bien-être".
 */
const isName = (text: string): boolean => {
  const name = text.split(/\s[–—-]\s/u)[0]!;
  return NAME.test(name) && !PROSE_WORD.test(name);
};

/**
 * A small business often heads its notice with its trading name and contact details and no legal
 * form ("Lotus Flow Yoga – Unit 3, Harbour Road, Galway – hello@…", or the name on a line above
 * an address block). A contact sentence among the notice's first sentences whose opening, before
 * any digit or e-mail address, is only a name, or that follows such a line among the short lines
 * of an address block just above it, names the controller. So does the same at the notice's foot,
 * where a small business signs it off. Returns the sentence with the name.
 */
function letterhead(c: Context, contact: readonly number[]): number | undefined {
  /** The notice's first heading when it names the business before its title words; -1 if not; read once, when first asked. */
  let namedTitle: number | undefined;
  for (const i of contact) {
    if ((i >= LETTERHEAD && i < c.sentences.length - FOOTER) || c.sentences[i]!.kind === 'heading') continue;
    // A label before the name ("Kontakt: Lagerleitung Pia Hollmann, KjG St. Nikolaus, ...") is no part of it.
    const opening = c.sentences[i]!.text.replace(/^\p{L}+:\s/u, '').split(/[\d@]/u)[0]!;
    if (isName(opening)) return i;
    // A name before the title words in the notice's first heading is the letterhead's name
    // ("Rosie Lane Photography - Privacy Policy").
    // So does it over a contact line at the notice's foot ("# Privacy bij Goochelaar Meneer Max" ... "Vragen? Mail naar ...").
    if (i < LETTERHEAD || i >= c.sentences.length - FOOTER) {
      namedTitle ??= titleNamingBusiness(c);
      if (namedTitle !== -1 && namedTitle < i) return namedTitle;
    }
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const p = c.sentences[j]!;
      // A heading ("Privacy Policy") is a title, not a name.
      if (p.section !== c.sentences[i]!.section || p.kind === 'heading' || p.text.length > SHORT_LINE) break;
      if (isName(p.text)) return j;
    }
    // Signed under the contact line at the notice's foot ("Vragen? Mail naar ..." over "Marieke Jansen – Pianoles bij Marieke").
    const next = c.sentences[i + 1];
    if (i >= c.sentences.length - FOOTER && next && next.section === c.sentences[i]!.section && next.kind !== 'heading' && next.text.length <= SHORT_LINE && isName(next.text)) return i + 1;
  }
  return undefined;
}

/**
 * Whether sentence `i` gives the supervisory authority's contact details rather than the
 * controller's: it names the authority, or it is a short line of an address block under the
 * authority's name or under a lead-in such as "The ICO's address:". A notice that leaves its own
 * contact details out is not saved by the authority's address at its end. A sentence with an
 * e-mail address still counts ("mail us at ..., or complain to the ICO"): authorities are reached
 * by post, phone or web form far more often, and a false "missing" costs more than a false "present".
 */
function ofAuthority(c: Context, i: number): boolean {
  if (c.has(i, c.t.rights.authority)) return !EMAIL.test(c.sentences[i]!.text);
  const sec = c.sentences[i]!.section;
  if (c.sentences[i]!.text.length > SHORT_LINE) return false;
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const p = c.sentences[j]!;
    if (p.section !== sec || p.kind === 'heading') return false;
    const short = p.text.length <= SHORT_LINE;
    if (c.has(j, c.t.rights.authority)) return short || p.text.trimEnd().endsWith(':');
    if (!short) return false;
  }
  return false;
}
/** The first heading among the letterhead's sentences, if the name of a business stands before its title words; else -1. */
function titleNamingBusiness(c: Context): number {
  const end = Math.min(LETTERHEAD, c.sentences.length);
  for (let t = 0; t < end; t++) {
    const s = c.sentences[t]!;
    if (s.kind === 'heading') return isName(nameBeforeTitle(c, s.text)) || isName(nameAfterTitle(c, s.text)) ? t : -1;
  }
  return -1;
}
/** What a title says before its words for a privacy notice, without the dash or colon between ("Rosie Lane Photography"). */
function nameBeforeTitle(c: Context, title: string): string {
  const hit = first(c.t.noticeTitle, title);
  if (!hit) return '';
  let end = hit.index;
  while (end > 0 && TITLE_SEPARATORS.includes(title[end - 1]!)) end--;
  return title.slice(0, end);
}
/** What a title names after its words and a short word between ("Privacy bij Thuisverpleging Els Verhaegen", "Privacy Policy of Lotus Flow Yoga"). */
function nameAfterTitle(c: Context, title: string): string {
  const hit = first(c.t.noticeTitle, title);
  // (In a title in capitals the short word is in capitals too: "PRIVACY BIJ GOOCHELAAR MENEER MAX".)
  return (hit && /^\s+(?:\p{Ll}{2,4}|\p{Lu}{2,4}(?=\s\P{Ll}*$))\s+(.+)/u.exec(title.slice(hit.end))?.[1]) || '';
}
/** What stands between a name and the title words: spaces, dashes, a colon, a bar. */
const TITLE_SEPARATORS = ' \t\u00a0-–—:|·';

/** The length of an address-block line. */
const SHORT_LINE = 60;

const simpleList = (pick: (c: Context) => readonly string[], min = 1, accept?: (c: Context, m: Mention) => boolean): Completeness => (c) => {
  // Read until the evidence is full and enough different words were found.
  const tally = evidenceTally(c);
  const distinct = new Set<string>();
  const found = c.mentionsUntil(
    pick(c),
    (m) => {
      if (accept && !accept(c, m)) return false;
      distinct.add(m.hit.text.toLowerCase());
      return tally.add(m.sentence) && distinct.size >= min;
    },
    // Once enough different words are found, a sentence the evidence would pass over is not read.
    (i) => distinct.size >= min && tally.ignores(i),
  );
  return distinct.size >= min ? verdict(c, (accept ? found.filter((m) => accept(c, m)) : found).map((m) => m.sentence)) : MISSING;
};

/** Whether a mention overlaps one of the cues' hits in its sentence. */
const within = (c: Context, m: Mention, cues: readonly string[] | undefined): boolean =>
  cues !== undefined && c.has(m.sentence, cues) && all(cues, c.sentences[m.sentence]!.text).some((h) => h.index < m.hit.end && m.hit.index < h.end);

// "How to contact us", "um uns zu erreichen": what the reader does to reach the controller, not a purpose.
const purposeCues = simpleList((c) => c.t.purposes, 1, (c, m) => !within(c, m, c.t.reachUs));
/**
 * The purposes, in their cue words, or as the items of a list or table under a heading about
 * purposes ("Why we use your data", "Pourquoi et sur quelle base" over "- Traiter vos commandes :
 * exécution du contrat"), where each item is a purpose whatever verb it opens with, or as a
 * paragraph opening such a section with a purpose link ("## Why do we need all this?" over "To
 * match the right dog to the right home, to arrange the home check ...").
 */
const purposes: Completeness = (c) => {
  const cued = purposeCues(c);
  if (cued.status === 'present') return cued;
  const items: number[] = [];
  for (let k = 0, own = c.own(); k < own.length; k++) {
    const i = own[k]!;
    const s = c.sentences[i]!;
    if ((s.kind === 'list' || s.kind === 'table') && ((s.section !== -1 && c.topicsOf(i).has('purposes')) || (s.kind === 'list' && s.first && c.labelNamesPurposes(i, true)) || headedBy(c, i, c.t.topics.purposes))) items.push(i);
    // The paragraph right under a purposes heading ("What we do with it"), opening with the purpose
    // ("To deliver your order ...") or with the controller doing it ("We deliver your order ..."),
    // or, where the language has them, with a bare infinitive ("Te donner accès aux modules, ...").
    else if (s.kind === 'paragraph' && s.first && c.sentences[i - 1]?.kind === 'heading' && c.topicsOf(i).has('purposes') && (c.opensWith(i, c.t.purposeLink) || c.opensWith(i, c.t.self) || c.opensWith(i, c.t.purposeOpen ?? [])) && !c.has(i, c.t.reachUs ?? [])) items.push(i);
    if (items.length >= FIRST_EVIDENCE) break;
  }
  return items.length ? verdict(c, items) : cued;
};

/**
 * A sentence that describes a right's scope ("the right to data portability applies to data you
 * gave us on the basis of your consent or a contract", "you may object to processing based on
 * legitimate interests") says which grounds the right follows, not on which this notice relies.
 */
const legalBasis: Completeness = (c) => {
  // Every basis's statements, basis after basis, until the evidence is full.
  const ev = evidenceReader(c);
  for (const basis of c.basisNames()) {
    for (let k = 0, m = c.basisMention(basis, 0); m !== undefined; m = c.basisMention(basis, ++k)) {
      if (basis === 'legal-obligation' && (isRetentionCriterion(c, m) || isDisclosureException(c, m))) continue;
      if (!ev.ignores(m.sentence) && !c.describesRight(m.sentence) && !conditionOfRight(c, m) && ev.take(m.sentence)) return verdict(c, ev.sentences);
    }
  }
  return verdict(c, ev.sentences);
};

/**
 * Whether a legal basis is named only as the condition of a right: "Where we rely on consent, you
 * may withdraw it at any time", "Soweit wir uns auf Ihre Einwilligung stützen, können Sie diese
 * jederzeit widerrufen". The sentence opens with a conditional clause that holds the basis, and
 * after its comma it states a right: which processing the right covers, not that this notice
 * relies on the basis.
 */
function conditionOfRight(c: Context, m: Mention): boolean {
  const conditional = c.t.basis.conditional;
  if (!conditional) return false;
  const text = c.sentences[m.sentence]!.text;
  const lead = stripLead(text);
  const from = text.length - lead.length;
  if (first(conditional, lead.slice(0, 30))?.index !== 0 || m.hit.index < from || text.slice(from, m.hit.index).includes(',')) return false;
  const comma = text.indexOf(',', m.hit.end);
  if (comma === -1) return false;
  const rest = text.slice(comma + 1);
  const r = c.t.rights;
  return (
    all(r.withdrawConsent, text).some((h) => h.end > comma) ||
    namedRights(c).some((cues) => has(cues, rest)) ||
    (has(r.frame, rest) && Object.values(r.described).some((cues) => has(cues, rest)))
  );
}

/**
 * Whether a legal duty is named only as how long data is kept: "invoices are kept as the law
 * requires", "for as long as we are required to". The words of a statutory retention period
 * say when data is deleted, not on which ground it is processed.
 */
function isRetentionCriterion(c: Context, m: Mention): boolean {
  const r = c.t.retention;
  if (!c.has(m.sentence, r.statutory) || !c.has(m.sentence, r.keep)) return false;
  return all(r.statutory, c.sentences[m.sentence]!.text).some((h) => h.index < m.hit.end && m.hit.index < h.end);
}

/**
 * Whether a legal duty is named only as the exception to a denied disclosure: "It is not passed on
 * to third parties, except where we are required to by law", "We never share your data unless the
 * law requires us to". The sentence says who may receive the data, not on which ground the notice's
 * processing rests; "We share your data with the tax office where the law requires it" still does.
 */
function isDisclosureException(c: Context, m: Mention): boolean {
  const before = c.sentences[m.sentence]!.text.slice(0, m.hit.index);
  const pass = all(c.t.sale.passOn, before).at(-1);
  const exception = pass && first(c.t.negationBreak, before.slice(pass.end));
  return !!exception && has(c.t.negation, before.slice(0, pass.end + exception.index));
}

const recipients: Completeness = (c) => {
  // A complaint to the authority is not a disclosure to it, nor are the authorities a section on
  // complaints lists.
  const isComplaint = (i: number): boolean => c.has(i, c.t.rights.authority) && (c.has(i, c.t.rights.complaintAction) || c.topicsOf(i).has('complaint'));
  // "Het verstrekken van uw gegevens is verplicht": the reader providing data to us is no disclosure to others.
  const st = c.t.statutory;
  const readerProvides = (m: Mention): boolean =>
    has(c.t.sale.passOn, m.hit.text) && (c.has(m.sentence, st.direct) || (c.has(m.sentence, st.provide) && (c.has(m.sentence, st.need) || c.negative(m.sentence))));
  // "We never sell your data to third parties" denies one use and is silent on the others.
  const saleOnly = (i: number): boolean => c.has(i, c.t.sale.sell) && c.negative(i) && !c.has(i, c.t.sale.passOn);
  // A heading ("Sharing your data") announces recipients, unless all its section then says is
  // that the data is not sold.
  const onlyNotSold = (i: number): boolean => {
    const section = c.sectionSentences(i);
    const from = i - section.indexOf(c.sentences[i]!);
    const body = section.map((s, k) => [s, from + k] as const).filter(([s]) => s.kind !== 'heading');
    return body.length > 0 && body.every(([, j]) => saleOnly(j));
  };
  // "You may ask who received your data" describes the access right, not a disclosure.
  const counts = (i: number): boolean =>
    !isComplaint(i) && !c.describesRight(i) && !saleOnly(i) && (c.sentences[i]!.kind !== 'heading' || !onlyNotSold(i));
  // "Where a recipient is located outside the EEA, we use the standard contractual clauses" sets
  // the transfer's condition: the bare word names no one.
  const conditionOfTransfer = (m: Mention): boolean => {
    const word = c.t.transfers.recipient;
    return word !== undefined && has(word, m.hit.text) && aboutTransfer(c, m.sentence);
  };
  const takes = (m: Mention): boolean => counts(m.sentence) && !readerProvides(m) && !conditionOfTransfer(m);
  const tally = evidenceTally(c);
  // mentionsUntil asks about each mention it returns once, in order: the sentences taken are
  // noted there rather than judged a second time.
  const taken: number[] = [];
  c.mentionsUntil(
    c.t.recipients,
    (m) => {
      if (!takes(m)) return false;
      taken.push(m.sentence);
      return tally.add(m.sentence);
    },
    tally.ignores,
  );
  // "We use Mailchimp to send our newsletter": a service named by its (capitalised) name.
  const service = c.t.service;
  if (service) {
    for (const m of c.mentions(service)) {
      if (counts(m.sentence) && /\s(?!I\s)\p{Lu}/u.test(m.hit.text) && !c.negatedMention(m)) taken.push(m.sentence);
    }
  }
  // "## Who sees your data?" answered "No one.": nobody receives it. Where no cue named anyone,
  // "## Who sees your data" over "- the payroll bureau": a list right under a heading that names
  // recipients lists them.
  const nobody = c.t.nobody;
  const none = !taken.length;
  if (nobody) {
    for (let k = 0, own = c.own(); k < own.length; k++) {
      const i = own[k]!;
      const s = c.sentences[i]!;
      if (s.kind === 'heading' || !c.topicsOf(i).has('recipients')) continue;
      if (none && s.kind === 'list' && c.headingNames(s.section, 'recipients') && counts(i)) {
        taken.push(i);
        continue;
      }
      if (s.text.length > 40) continue;
      const answer = stripLead(s.text).trim();
      let end = answer.length;
      while (end > 0 && (answer[end - 1] === '.' || answer[end - 1] === '!')) end--;
      const hit = first(nobody, answer.slice(0, end));
      if (hit && hit.index === 0 && hit.end === end) taken.push(i);
    }
  }
  // The evidence in document order, as the other items keep it (the named services and the
  // answers "No one." were read after the cues).
  return verdict(c, taken.sort((a, b) => a - b));
};

/** Whether sentence `i` speaks of data going outside the EEA or of the safeguard for it. */
const aboutTransfer = (c: Context, i: number): boolean => c.has(i, c.t.transfers.outside) || c.has(i, c.t.transfers.safeguards);

/**
 * Whether sentence `i` is about a transfer outside the EEA, or follows one in its paragraph: "We
 * use the standard contractual clauses. You can obtain a copy of these safeguards from us." The
 * copy is of the safeguards, not of the reader's data.
 */
const inTransferPassage = (c: Context, i: number): boolean =>
  aboutTransfer(c, i) || (i > 0 && c.sentences[i - 1]!.block === c.sentences[i]!.block && aboutTransfer(c, i - 1));

/**
 * Whether sentence `i`, outside a section about rights, is about cookies: it names them or a
 * tracker, or stands in a section about them. "You can delete cookies in your browser" or
 * "restrict them" describes the browser's settings, not the reader's rights over their data.
 */
const aboutCookies = (c: Context, i: number): boolean => {
  const topics = c.topicsOf(i);
  if (topics.has('rights')) return false;
  // A first heading that names cookies and titles the whole notice ("Cookies et confidentialité",
  // "Privacy & cookies": a cookie text grown into a notice) does not put the sections under it
  // that name no cookies of their own about cookies.
  const s = c.sentences[i]!.section;
  return (topics.has('cookies') && (c.headingNames(s, 'cookies') || !c.headingNames(0, 'cookies') || !has(c.t.noticeTitle, c.model.sections[0]!.title))) || c.has(i, c.t.cookies.mention) || c.has(i, c.t.cookies.trackers);
};

/**
 * Whether every period in sentence `i` is the time within which a request is answered ("I'll do
 * that within 30 days", "innerhalb von 14 Tagen nach Eingang Ihrer Anfrage"): a period inside a
 * `reply` match or just after it ("within the next 30 days"). A period elsewhere in the sentence
 * ("We keep invoices for seven years and answer requests within a month") is still how long data is kept.
 */
const answerPeriodsOnly = (c: Context, i: number, reply: readonly string[] | undefined): boolean => {
  if (!reply || !c.has(i, reply)) return false;
  const replies = c.hitsIn(i, reply);
  return c.hitsIn(i, c.t.retention.period).every((p) => replies.some((q) => p.index >= q.index && p.index <= q.end + ANSWER_GAP));
};
/** How many characters may stand between a reply's "within" and its period ("within the next 30 days"). */
const ANSWER_GAP = 12;

const retention: Completeness = (c) => {
  const r = c.t.retention;
  const ev = evidenceReader(c);
  for (let k = 0, own = c.own(); k < own.length; k++) {
    const i = own[k]!;
    if (ev.ignores(i)) continue;
    const criterion = c.has(i, r.criterion) || c.has(i, r.statutory);
    if (!criterion && (!c.has(i, r.period) || answerPeriodsOnly(c, i, r.reply))) continue;
    if ((c.has(i, r.keep) || c.topicsOf(i).has('retention') || headedByRetention(c, i)) && ev.take(i)) break;
  }
  return verdict(c, ev.sentences);
};

/**
 * Whether a table row stands in a table whose header row is about keeping data ("| Purpose |
 * Legal basis | Durée de conservation |"): a period in such a row is a retention period.
 */
function headedByRetention(c: Context, i: number): boolean {
  return headedBy(c, i, c.t.retention.keep) || headedBy(c, i, c.t.topics.retention);
}

/** Whether a table row stands under a header row that matches `cues` ("| Wat | Waarom | Hoe lang |": its rows state purposes). */
function headedBy(c: Context, i: number, cues: readonly string[]): boolean {
  const j = c.tableHeader(i);
  return j !== undefined && c.has(j, cues);
}

const right = (which: Right): Completeness => (c) => {
  // The right named, or described in a rights context: the two lists read side by side in
  // document order, as the evidence reads them, until it is full.
  const named = c.t.rights.named[which];
  const described = c.t.rights.described[which];
  const ev = evidenceReader(c);
  for (let a = 0, b = 0; ; ) {
    const ma = c.mentionAt(named, a);
    const mb = c.mentionAt(described, b);
    if (ma === undefined && mb === undefined) break;
    const isNamed = ma !== undefined && (mb === undefined || ma.sentence <= mb.sentence);
    const m = isNamed ? ma! : mb!;
    if (isNamed) a++;
    else b++;
    if (ev.ignores(m.sentence) || c.negatedMention(m) || (!isNamed && (!c.inRightsContext(m.sentence) || inTransferPassage(c, m.sentence) || aboutCookies(c, m.sentence)))) continue;
    if (ev.take(m.sentence)) break;
  }
  return verdict(c, ev.sentences);
};

/** A complaint to the authority: both in one sentence, or the authority named in a section about complaints. */
const complaint: Completeness = (c) => {
  const act = c.t.rights.complaintAction;
  // Or the complaint in the sentence before, in its paragraph: "If you have a complaint, speak to us first. You can also contact the ICO."
  const before = (i: number): boolean => i > 0 && c.sentences[i - 1]!.block === c.sentences[i]!.block && c.has(i - 1, act) && c.has(i, c.t.reader);
  const ev = evidenceOf(c, c.t.rights.authority, (m) => !c.negatedMention(m) && (c.has(m.sentence, act) || c.topicsOf(m.sentence).has('complaint') || before(m.sentence)));
  return verdict(c, ev);
};

/**
 * Whether automated decisions or profiling take place. Describing the reader's rights about them
 * (Art. 22, or the access right's "existence of automated decision-making") does not say, nor does
 * a heading whose section opens with such a description.
 */
const automated: Completeness = (c) => {
  const ev = evidenceOf(c, c.t.automatedDecisions, (m) => {
    if (c.describesRight(m.sentence)) return false;
    const s = c.sentences[m.sentence]!;
    if (s.kind !== 'heading') return true;
    const next = c.sentences[m.sentence + 1];
    return !(next === undefined || next.section !== s.section || next.kind === 'heading' || c.describesRight(m.sentence + 1));
  });
  return verdict(c, ev);
};

/**
 * Whether no duty (cues `cues`) a sentence names is the reader's to provide data: each is ours to
 * keep it (a keep word among the two words after it, in its clause, or closing the two before it:
 * "data we are obliged to keep for legal purposes", "die wir aufbewahren müssen"), or sits in a
 * clause saying what a feature is for, sparing the reader a duty (a purpose link among the four
 * words before it, and a negation: "so that you do not have to fill in your details again"). Windows of words, not characters, so that long
 * German words read as far as short English ones.
 */
function noDutyToProvide(c: Context, i: number, cues: readonly string[]): boolean {
  const text = c.sentences[i]!.text;
  const keep = c.t.retention.keep;
  const link = c.t.purposeLink;
  return all(cues, text).every((h) => {
    const after = firstWords(text, h.end, text.length, 2);
    // The words before it, back to a semicolon or colon (a comma does not end a purpose clause: "so that, next time, you do not have to").
    const near = text.slice(0, h.index).split(/[;:]/).at(-1)!.trim().split(/\s+/).slice(-4);
    const before = near.slice(-2).join(' ');
    if (has(keep, after) || all(keep, before).some((k) => k.end === before.length)) return true;
    // Our own duty to pass data on or keep it, not the reader's to give it: the exception to a denied
    // disclosure ("We don't share your details unless we're legally required to"), or a duty whose
    // subject is the notice's own ("we are obliged to pass it to the police", "müssen wir ...
    // an das Finanzamt übermitteln").
    if (isDisclosureException(c, { sentence: i, hit: h })) return true;
    // A question is the reader's ("Do I have to give you my information?"), whoever its "I" is.
    const subject = lastWords(text, 0, h.index, 3);
    if (!text.trimEnd().endsWith('?') && !has(c.t.reader, subject) && (has(c.t.self, subject) || has(c.t.self, firstWords(text, h.end, text.length, 1)))) {
      // Ten words on, over a comma: "Wir sind verpflichtet, die Daten an ... zu übermitteln".
      const duty = text.slice(h.end).split(/\s+/, 11).join(' ');
      if (has(keep, duty) || has(c.t.sale.passOn, duty)) return true;
    }
    // "... so that you do not have to": a feature spares the reader a duty; "Für die Lieferung müssen Sie ..." is the duty's own purpose.
    const words = near.join(' ');
    return has(link, words) && has(c.t.negation, `${words} ${h.text}`);
  });
}

const statutory: Completeness = (c) => {
  const st = c.t.statutory;
  const ev = evidenceReader(c);
  for (let k = 0, own = c.own(); k < own.length; k++) {
    const i = own[k]!;
    const s = c.sentences[i]!;
    if (ev.ignores(i)) continue;
    if (c.has(i, st.direct)) {
      if (!noDutyToProvide(c, i, st.direct) && ev.take(i)) break;
      continue;
    }
    if (!c.has(i, st.need)) continue;
    const prev = c.sentences[i - 1];
    const sameBlock = prev !== undefined && prev.block === s.block;
    // The reader providing data first (a cue test), then the words around the need (many strings).
    if (!c.has(i, st.provide) && !(sameBlock && c.has(i - 1, st.provide))) continue;
    if (!noDutyToProvide(c, i, st.need) && ev.take(i)) break;
  }
  return verdict(c, ev.sentences);
};

// ---------------------------------------------------------------- conditional

const namedRightsCache = new WeakMap<object, readonly (readonly string[])[]>();
/** The table's lists of cues that name a right, one array per table (see Context.hasAny). */
function namedRights(c: Context): readonly (readonly string[])[] {
  let lists = namedRightsCache.get(c.t);
  if (!lists) namedRightsCache.set(c.t, (lists = Object.values(c.t.rights.named)));
  return lists;
}

const withdrawConsent: Completeness = (c) => {
  // "the right to data portability applies to data processed on the basis of your consent" states
  // a right's scope; it does not say that this controller relies on consent.
  const named = namedRights(c);
  let consent: Mention | undefined;
  for (let k = 0, m = c.basisMention('consent', 0); m !== undefined && !consent; m = c.basisMention('consent', ++k)) if (!c.hasAny(m.sentence, named) && !conditionOfRight(c, m)) consent = m;
  if (!consent) return NA;
  return verdict(c, evidenceOf(c, c.t.rights.withdrawConsent, (m) => !c.negatedMention(m)), span(c, consent));
};

const legitimateInterests: Completeness = (c) => {
  // "Where we process your data on the basis of our legitimate interests, you have the right to
  // object" states the scope of a right: neither that this controller relies on them nor which
  // interests it pursues.
  let trigger: Mention | undefined;
  const ev = evidenceReader(c);
  for (let k = 0, m = c.basisMention('legitimate-interests', 0); m !== undefined; m = c.basisMention('legitimate-interests', ++k)) {
    if (c.describesRight(m.sentence) || conditionOfRight(c, m)) continue;
    trigger ??= m;
    if (!ev.ignores(m.sentence) && c.tiedToPurpose(m, false) && ev.take(m.sentence)) break;
  }
  if (!trigger) return NA;
  return verdict(c, ev.sentences, span(c, trigger));
};

/**
 * How a mention of data going outside the EEA reads: as a transfer, as one denied ("we do not
 * transfer..."), or as neither, where it states the access right's scope ("You may ask whether
 * your data is sent to a third country").
 */
function transferKind(c: Context, m: Mention): 'out' | 'denied' | undefined {
  if (c.describesRight(m.sentence) || addressCountry(c, m)) return undefined;
  if (c.negative(m.sentence)) return 'denied';
  // A heading ("Transfers outside the EU") names the topic; a section that then says data does
  // not leave, or stays inside, answers it the other way.
  return c.sentences[m.sentence]!.kind === 'heading' && sectionKeepsInside(c, m.sentence) ? 'denied' : 'out';
}

/**
 * Whether a mention is the country line of a postal address: a line of its own ("United States")
 * under a short line with a number (the postcode), as a plain-text address block puts it.
 */
function addressCountry(c: Context, m: Mention): boolean {
  const s = c.sentences[m.sentence]!;
  const prev = c.sentences[m.sentence - 1];
  return s.kind === 'paragraph' && m.hit.index === 0 && m.hit.end >= s.text.trimEnd().length && prev !== undefined && prev.text.length <= SHORT_LINE && /\d/.test(prev.text);
}

/** Whether the section under heading `i` says that data stays inside the EEA or is not sent out, or answers its question "No". */
function sectionKeepsInside(c: Context, i: number): boolean {
  const sec = c.sentences[i]!.section;
  for (let j = i + 1; j < c.sentences.length && c.sentences[j]!.section === sec; j++) {
    if (c.has(j, c.t.transfers.inside) || (c.has(j, c.t.transfers.outside) && c.negative(j))) return true;
    // A bare answer right under the heading: "None.", "No, never.", "Nee.", "Keine."
    const text = c.sentences[j]!.text;
    if (j === i + 1 && text.length <= 24 && (c.negative(j) || first(c.t.answerNo, text)?.index === 0)) return true;
  }
  return false;
}

/** The first sentence that says data goes outside the EEA. */
function firstTransfer(c: Context): Mention | undefined {
  const outside = c.t.transfers.outside;
  for (let k = 0, m = c.mentionAt(outside, 0); m !== undefined; m = c.mentionAt(outside, ++k)) if (transferKind(c, m) === 'out') return m;
  return undefined;
}

const transferSafeguards: Completeness = (c) => {
  const out = firstTransfer(c);
  if (!out) return NA;
  const tr = c.t.transfers;
  const ev = evidenceOf(c, tr.safeguards, (m) => !c.negatedMention(m));
  if (ev.length || !tr.derogation) return verdict(c, ev, span(c, out));
  // A derogation (Art. 49(1)(b)) in the transfer's sentence, or in the next one pointing back to it.
  const back = (i: number): boolean => {
    const prev = c.sentences[i - 1];
    if (prev === undefined || prev.block !== c.sentences[i]!.block || !c.has(i - 1, tr.outside)) return false;
    const lead = stripLead(c.sentences[i]!.text);
    return first(c.t.basis.anaphor ?? [], lead.slice(0, 30))?.index === 0 || has(c.t.topics.transfers, firstWords(lead, 0, lead.length, 3));
  };
  return verdict(c, evidenceOf(c, tr.derogation, (m) => !c.negatedMention(m) && (c.has(m.sentence, tr.outside) || back(m.sentence))), span(c, out));
};

/** The controller's own DPO: named as theirs, or given a section of the notice; contact details near it. */
const dpoContact: Completeness = (c) => {
  // "We have not appointed a DPO" (often under a heading "Data protection officer") says there is none,
  // also when a "but" follows ("..., but our Data Protection Lead deals with all questions").
  // A label names the notice's own DPO in every language: "Data Protection Officer: Jane Roe, ...",
  // "Datenschutzbeauftragter (DSB): dsb@...". Not a glossary's definition, in lower-case words
  // ("Functionaris voor gegevensbescherming (FG): iemand die ..."). A label alone on its line names
  // the DPO on the next lines ("Data Protection Officer:" over "Ruth Abara"), unless the notice
  // says it has none ("**Datenschutzbeauftragter:**" over "Wir haben keinen benannt").
  const denied = c.mentions(c.t.dpo.term).some((m) => c.sentences[m.sentence]!.kind !== 'heading' && (c.negative(m.sentence) || c.negatedMention(m)));
  const label = c.mentions(c.t.dpo.term).filter((m) => {
    const after = c.sentences[m.sentence]!.text.slice(m.hit.end);
    return /^ ?(\(\w+\) ?)?:(?! ?\p{Ll}+ )/u.test(after) && !(denied && /^ ?(\(\w+\) ?)?:[*_\s]*$/u.test(after));
  });
  const own = [...c.mentions(c.t.dpo.own), ...label].filter((m) => c.has(m.sentence, c.t.dpo.term) && !c.negative(m.sentence) && !c.negatedMention(m)).sort((a, b) => a.sentence - b.sentence);
  const headings = denied ? [] : c.mentions(c.t.dpo.term).filter((m) => c.sentences[m.sentence]!.kind === 'heading');
  const trigger = own[0] ?? headings[0];
  if (!trigger) {
    // "[Insert contact details of your Data Protection Officer here]": the notice was to name its DPO, and the blank gives no contact.
    const text = c.model.text;
    const blank = denied ? undefined : c.model.blanked?.find((b) => has(c.t.dpo.term, text.slice(b.start, b.end)));
    return blank ? { ...MISSING, trigger: { start: blank.start, end: blank.end } } : NA;
  }
  const isContact = (j: number): boolean => {
    const t = c.sentences[j]!.text;
    return EMAIL.test(t) || PHONE.test(t) || URL.test(t) || c.has(j, c.t.controller.channel);
  };
  const ev: number[] = [];
  for (const m of own) {
    // Not past the section's end: "Companies House" under the next heading is no contact of the DPO's.
    const sec = c.sentences[m.sentence]!.section;
    for (let j = m.sentence; j < Math.min(c.sentences.length, m.sentence + 4) && c.sentences[j]!.section === sec; j++) if (isContact(j)) ev.push(j);
  }
  for (const m of headings) {
    const sec = c.sentences[m.sentence]!.section;
    for (let j = m.sentence + 1; j < c.sentences.length && c.sentences[j]!.section === sec; j++) if (isContact(j)) ev.push(j);
  }
  return verdict(c, ev, span(c, trigger));
};

const dataSources: Completeness = (c) => {
  const leadIn = c.t.sources.listLeadIn;
  const obtained = [...c.mentions(c.t.sources.obtained, { negated: false }), ...(leadIn ? c.mentions(leadIn, { negated: false }) : [])]
    .filter((m) => !c.negative(m.sentence))
    .sort((a, b) => a.sentence - b.sentence);
  if (!obtained.length) return NA;
  const ev: number[] = [];
  for (const m of obtained) {
    // "from the following sources:" over a list: the list names them, in whatever words.
    const s = c.sentences[m.sentence]!;
    if (leadIn && s.text.trimEnd().endsWith(':') && c.sentences[m.sentence + 1]?.kind === 'list' && c.has(m.sentence, leadIn)) ev.push(m.sentence + 1);
    // A heading ("Sources of personal information") is answered by the first sentences of its section, prose or list.
    for (let j = m.sentence; j < Math.min(c.sentences.length, m.sentence + 4); j++) {
      if (j > m.sentence && c.sentences[j]!.kind !== 'list' && !(s.kind === 'heading' && c.sentences[j]!.section === s.section)) break;
      if (c.has(j, c.t.sources.specific)) ev.push(j);
    }
  }
  return verdict(c, ev, span(c, obtained[0]!));
};

// ---------------------------------------------------------------- good practice

function datePattern(months: readonly string[]): RegExp {
  const m = months.join('|');
  return new RegExp(
    `\\b\\d{1,2}(?:st|nd|rd|th|e|er)?\\.?\\s+(?:${m})\\.?,?\\s+\\d{4}\\b|\\b(?:${m})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b(?:${m})\\s+\\d{4}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b`,
    'iu',
  );
}
const dateCache = new WeakMap<readonly string[], RegExp>();
/** A school year or season ("2025/26", "2025-2026"), dated under a cue ("Stand: Schuljahr 2026/27") or in a title. */
const SEASON = /\b20\d\d[/–-](20)?\d\d\b/;

const lastUpdated: Completeness = (c) => {
  const months = c.t.lastUpdated.months;
  let date = dateCache.get(months);
  if (!date) dateCache.set(months, (date = datePattern(months)));
  const ev = evidenceReader(c);
  const n = c.sentences.length;
  for (let k = 0, own = c.own(); k < own.length; k++) {
    const i = own[k]!;
    const s = c.sentences[i]!;
    if (ev.ignores(i)) continue;
    const cue = c.may(i, c.t.lastUpdated.cue) ? first(c.t.lastUpdated.cue, s.text) : undefined;
    // A dated line of its own near the top or the end ("Amsterdam, 1 November 2022") counts too, and
    // a title's school year or season ("Climbing Club Privacy Info (2025/26)", "Saison 2025/2026").
    // A generator's unfilled date ("Stand: XX.XX.20XX") is no date.
    const dated = cue ? date.test(s.text) || SEASON.test(s.text) || /^(?!.*XX)\D*\d/i.test(s.text.slice(cue.end, cue.end + 12)) : (i < 8 || i >= n - 4) && s.text.length <= 60 && (date.test(s.text) || (i === 0 && SEASON.test(s.text)));
    if (dated && ev.take(i)) break;
  }
  return verdict(c, ev.sentences);
};

/**
 * Whether a negation denies the cookies themselves ("we do not use cookies", "keine Cookies",
 * "Cookies are not used", "Cookies setzen wir nicht ein", "aucun cookie n'est déposé"): no consent
 * is needed for none. A negation of something else in the sentence ("X has no access to or control
 * over these cookies", "Cookies richten keinen Schaden an") says nothing of consent: the negation
 * stands among the three words before the cookies or after them, or ends their sentence.
 */
function deniesCookies(c: Context, m: Mention): boolean {
  if (!c.negative(m.sentence)) return false;
  const text = c.sentences[m.sentence]!.text;
  // "cookies that do not identify you": a relative clause's negation is about the cookies' kind.
  const after = firstWords(text, m.hit.end, Math.min(text.length, m.hit.end + 40), 3);
  if (has(c.t.negation, after)) return !c.t.relative || first(c.t.relative.pronoun, after)?.index !== 0;
  if (!c.negatedMention(m)) return false;
  const before = lastWords(text, Math.max(0, m.hit.index - 60), m.hit.index, 5).split(' ');
  let at = before.length;
  while (at > 0 && !has(c.t.negation, before[at - 1]!)) at--;
  return at === 0 || before.length - at < 3;
}

/**
 * Whether sentence `i` is a line of three or more links or labels of at most three words joined by
 * " | ", " · " or " • ", or a piece of such a line: a converted page's menu or footer ("Privacy |
 * Cookies | Proclaimer"), which names pages, not what the notice does. A footer's copyright line
 * among them may be longer ("[Cookies](…) | © X Ltd, 14 High Street, …").
 */
function menuLine(c: Context, i: number): boolean {
  const text = c.sentences[i]!.text;
  // Links side by side ("[Contact](…) [Privacy](…)") are parts too.
  const parts = text.replace(/\]\([^()\s]*\)\s*\[/g, '] | [').split(LINE_PARTS);
  // A menu wrapped at a width leaves a separator at the end or start of a line ("[Cookies](…) |").
  return (parts.length > 2 || /\s[|·•]\s*$|^\s*[|·•]\s/u.test(text)) && parts.every((p) => /^\s*©/.test(p) || p.trim().split(/\s+/).length < 4);
}

const cookies: Completeness = (c) => {
  // A tracker named without the word cookie ("I use Google Analytics") is read the same way.
  let mentions = c.mentions(c.t.cookies.mention).filter((m) => !menuLine(c, m.sentence));
  if (!mentions.length) mentions = c.mentions(c.t.cookies.trackers).filter((m) => !menuLine(c, m.sentence));
  if (!mentions.length) return NA;
  // Consent inferred from use is a description of how consent is handled, an invalid one, which
  // implied-consent reports; the notice does say how it goes about cookies.
  const handles = (i: number): boolean => c.has(i, c.t.cookies.handling) || c.has(i, c.t.impliedConsent);
  const ev: number[] = [];
  for (const m of mentions) {
    if (handles(m.sentence) || deniesCookies(c, m)) ev.push(m.sentence);
    // "We use cookies. You can refuse them in your browser." says it in the next sentence.
    const next = c.sentences[m.sentence + 1];
    if (next !== undefined && next.block === c.sentences[m.sentence]!.block && handles(m.sentence + 1)) ev.push(m.sentence + 1);
  }
  if (!ev.length) {
    // Handling described elsewhere in the cookie section.
    const sec = c.sectionFor(['cookies']);
    if (sec !== -1) for (let k = 0, own = c.own(); k < own.length; k++) if (c.sentences[own[k]!]!.section === sec && handles(own[k]!)) ev.push(own[k]!);
  }
  return verdict(c, ev, span(c, mentions[0]!));
};

const transfersStatement: Completeness = (c) => {
  // The evidence reads the transfers first, then the denials, then the data kept inside, until it is full.
  const ev = evidenceReader(c);
  const denied: number[] = [];
  const outside = c.t.transfers.outside;
  for (let k = 0, m = c.mentionAt(outside, 0); m !== undefined; m = c.mentionAt(outside, ++k)) {
    if (ev.ignores(m.sentence)) continue;
    const kind = transferKind(c, m);
    if (kind === 'denied') denied.push(m.sentence);
    else if (kind === 'out' && ev.take(m.sentence)) return verdict(c, ev.sentences);
  }
  for (const i of denied) if (!ev.ignores(i) && ev.take(i)) return verdict(c, ev.sentences);
  const inside = c.t.transfers.inside;
  for (let k = 0, m = c.mentionAt(inside, 0); m !== undefined; m = c.mentionAt(inside, ++k)) {
    if (!ev.ignores(m.sentence) && ev.take(m.sentence)) break;
  }
  return verdict(c, ev.sentences);
};

// ---------------------------------------------------------------- quality findings

/** How many sentences after a vague one are read for a period right after it (see rescuedNearby). */
const NEARBY = 40;

const vagueRetention: Quality = (c) => {
  const r = c.t.retention;
  const problems: Problem[] = [];
  // Rescued when the vague sentence, or one after it in the same section, gives an actual period
  // or an ending event ("as long as necessary, that is two years after ..."). A period given
  // before it is for other data: "Invoices are kept for 6 years. Other details as long as we need
  // them." leaves the other details without one. The last rescuing sentence is found once per
  // section: a section repeating the vague phrase in every sentence would otherwise be rescanned
  // for each, which is quadratic in its length.
  // A vague period said of one kind of data ("Crash logs are kept as long as necessary") is rescued
  // by its own sentence, or by a later one that refers back to it or speaks of the data in general
  // (r.same), not by a later one about other data ("... three years, then I delete the account").
  // A word referring back ("ze", "it") refers to a sentence of its own paragraph: "Je fiche houden
  // we bij ... Kom je twee jaar niet meer langs, dan vernietigen we ze." in the next paragraph is
  // about the fiche, not the photos kept "zolang dat nuttig is".
  // An ending event followed by a vague extension ("until you pass and for a bit after") ends nothing.
  // A later period rescues only when said of keeping data (a keep word, a retention section or
  // table) or right after the vague sentence (rescuedNearby): "This schedule may be amended by
  // giving you 30 days' written notice" three paragraphs on says nothing of how long working papers are kept.
  // In the vague sentence itself, a period or criterion in a clause before the vague one that has
  // a keep word of its own is another statement, about other data: "Na het werkjaar gooien we de
  // ledenlijst weg, die houden we nog een paar jaar bij".
  const saysKeep = (i: number): boolean => c.has(i, r.keep) || c.topicsOf(i).has('retention') || headedByRetention(c, i);
  // The vague clause is a statement of its own when it has its own keep word and no legal duty is
  // named in it or in the clause before it: "..., sobald sie nicht mehr gebraucht werden" ends the
  // clause before it.
  const ownStatement = (m: Mention): boolean => {
    const text = c.sentences[m.sentence]!.text;
    const from = Math.max(text.lastIndexOf(',', m.hit.index), text.lastIndexOf(';', m.hit.index)) + 1;
    // The legal duty may stand in the clause just before it: "..., sauf obligation légale de conservation, auquel cas nous les conservons le temps nécessaire".
    const prev = Math.max(text.lastIndexOf(',', from - 2), text.lastIndexOf(';', from - 2)) + 1;
    const rest = text.slice(from);
    const hits = stretched(m.sentence) ? c.hitsIn(m.sentence, r.period) : [...c.hitsIn(m.sentence, r.period), ...c.hitsIn(m.sentence, r.criterion)];
    // "zolang dat nuttig is, foto's twee jaar": a period in a later clause that names data of its
    // own is for that data (an elliptical clause), not for the data kept "as long as useful".
    const later = (h: Hit): boolean => {
      const b = boundaryBefore(text, h.index);
      return b >= m.hit.end && has(c.t.dataCategories, text.slice(b, h.index));
    };
    if (from === 0 || !has(r.keep, text.slice(0, from)) || !has(r.keep, rest) || has(r.statutory, text.slice(prev))) return hits.some((h) => !later(h));
    return hits.some((h) => h.end > from && !later(h));
  };
  // A period not said of keeping data still rescues right after the vague sentence: in its own
  // paragraph, in the next block, and in the list items or table rows running on from that ("as
  // long as necessary:" over "- invoices: 7 years", "In practice this means two years after ...");
  // for a vague period said of some data, only a sentence naming the data again ("your data").
  const rescuedNearby = (m: Mention, general: boolean): boolean => {
    const own = c.sentences[m.sentence]!;
    for (let j = m.sentence + 1, block = own.block, blocks = 0; j < c.sentences.length && j <= m.sentence + NEARBY; j++) {
      const s = c.sentences[j]!;
      if (s.section !== own.section || s.kind === 'heading') return false;
      if (s.block !== block && ++blocks > 1 && s.kind !== 'list' && s.kind !== 'table') return false;
      block = s.block;
      if (rescues(j) && !answerPeriodsOnly(c, j, r.reply) && (general || refersBack(j) === 2)) return true;
    }
    return false;
  };
  const lastRescueIn = new Map<string, readonly [number, number, Map<number, number>]>();
  const same = r.same;
  const ext = r.extension;
  const stretched = (i: number): boolean => ext !== undefined && c.has(i, ext);
  const rescues = (i: number): boolean => c.has(i, r.period) || (c.has(i, r.criterion) && !stretched(i));
  const refersBack = (i: number): 0 | 1 | 2 => {
    if (!same || !c.has(i, same)) return 0;
    return c.hitsIn(i, same).some((h) => h.text.includes(' ') || h.text.length > 9) ? 2 : 1;
  };
  // A copy when the extension's mentions join them: the Context's own list is read by other rules.
  const mentions = ext ? [...c.mentions(r.vague)] : c.mentions(r.vague);
  if (ext) {
    const vagueIn = new Set(mentions.map((m) => m.sentence));
    for (const m of c.mentions(ext)) if (!vagueIn.has(m.sentence) && c.has(m.sentence, r.criterion)) mentions.push(m);
    mentions.sort((a, b) => a.sentence - b.sentence);
  }
  let rescuing: Set<number> | undefined;
  const rescuedElsewhere = (section: number): boolean => {
    if (!rescuing) {
      rescuing = new Set();
      for (let k = 0, own = c.own(); k < own.length; k++) {
        const i = own[k]!;
        const section = c.sentences[i]!.section;
        if (section === -1 || rescuing.has(section) || !c.has(i, r.keep)) continue;
        if (c.has(i, r.criterion) || (c.has(i, r.period) && !answerPeriodsOnly(c, i, r.reply))) rescuing.add(section);
      }
    }
    return rescuing.size - (rescuing.has(section) ? 1 : 0) >= 2;
  };
  for (const m of mentions) {
    // "for as long as it is required by law", "solange es gesetzlich erforderlich ist": the legal
    // period is the criterion, as in "as long as the law requires" (a statutory cue in or right after the vague one).
    if (c.hitsIn(m.sentence, r.statutory).some((h) => h.end > m.hit.index && h.index <= m.hit.end + 12)) continue;
    const own = c.sentences[m.sentence]!;
    // A table row is a record of its own: the periods of the rows after it are for other data.
    if (own.kind === 'table') {
      if (!c.has(m.sentence, r.period) && !c.has(m.sentence, r.criterion)) problems.push({ range: span(c, m), evidence: [sentenceSpan(c, m.sentence)] });
      continue;
    }
    const key = own.section === -1 ? `block ${own.block}` : `section ${own.section}`;
    let last = lastRescueIn.get(key);
    if (last === undefined) {
      const section = c.sectionSentences(m.sentence);
      const from = m.sentence - section.indexOf(own);
      let any = -1;
      let back = -1;
      const near = new Map<number, number>();
      section.forEach((s, k) => {
        if (!rescues(from + k)) return;
        const refers = same ? refersBack(from + k) : 2;
        if (refers === 1) near.set(s.block, from + k);
        if (!saysKeep(from + k)) return;
        any = from + k;
        if (refers === 2) back = from + k;
      });
      lastRescueIn.set(key, (last = [any, back, near]));
    }
    // A vague period said only of "them" ("If you stop, we hang on to them for a while") is said of
    // the data the personal pronoun stands for: "Invoices are kept 6 years" after it is about other data.
    const general = !same || rescues(m.sentence) || c.hitsIn(m.sentence, same).some((h) => !r.pronouns?.includes(h.text.toLowerCase()));
    const by = general ? last[0] : Math.max(last[1], last[2].get(own.block) ?? -1);
    if (by > m.sentence || (rescues(m.sentence) && ownStatement(m)) || rescuedNearby(m, general)) continue;
    // A general fallback ("Soweit ... keine speziellere Speicherdauer genannt wurde, ... bis der
    // Zweck entfällt") in a notice that gives periods or ending events in two or more other
    // sections is answered there, processing by processing.
    if (general && own.section !== -1 && rescuedElsewhere(own.section)) continue;
    problems.push({ range: span(c, m), evidence: [sentenceSpan(c, m.sentence)] });
  }
  return problems;
};

const impliedConsent: Quality = (c) =>
  c.mentions(c.t.impliedConsent).map((m) => ({ range: span(c, m), evidence: [sentenceSpan(c, m.sentence)] }));

const outdatedReference: Quality = (c) => {
  const problems: Problem[] = [];
  const any = cuesOf(c.t.outdated);
  for (let k = 0, own = c.own(); k < own.length; k++) {
    const i = own[k]!;
    const s = c.sentences[i]!;
    if (!c.has(i, any) || c.has(i, c.t.historical)) continue;
    for (const o of c.t.outdated) {
      if (o.current !== undefined) {
        const current = one(o.current);
        if (o.currentScope === 'notice' ? c.mentions(current).length > 0 : c.has(i, current)) continue;
      }
      if (!c.may(i, one(o.cue))) continue;
      for (const hit of all(one(o.cue), s.text)) {
        problems.push({
          range: { start: s.start + hit.index, end: s.start + hit.end },
          evidence: [sentenceSpan(c, i)],
          replacement: o.replacement,
          values: { found: hit.text.trim(), reason: o.reason, replacement: o.replacement },
        });
      }
    }
  }
  return problems.sort((a, b) => a.range.start - b.range.start);
};

/** Whether the words of an item's first sentence before a mention at `at` are few enough for the item to open with it (its ground). */
function opensWithGround(text: string, at: number): boolean {
  return (text.slice(0, at).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 5;
}

/**
 * How many of the six grounds of Art. 6(1) the items of the list that list item `i` stands in
 * state (a list of at most 13 items; 0 for a longer one).
 */
function groundsInList(c: Context, i: number): number {
  let from = i;
  let to = i;
  while (from > 0 && c.sentences[from - 1]!.kind === 'list') from--;
  while (to + 1 < c.sentences.length && c.sentences[to + 1]!.kind === 'list') to++;
  if (to - from > 12) return 0;
  return c.basisNames().filter((b) => {
    for (let k = 0, m = c.basisMention(b, 0); m !== undefined && m.sentence <= to; m = c.basisMention(b, ++k)) if (m.sentence >= from) return true;
    return false;
  }).length;
}

/**
 * Whether list item `i`, which opens with a ground of Art. 6(1) mentioned at `m`, ties that ground
 * to no purpose: it stands in a list whose items name five or more of the six grounds (a
 * template's "we process your personal information under the following lawful bases: consent;
 * contract; legal obligation; vital interests; public task; legitimate interests": the list copies
 * the law, and an item's own words, "To protect your vital interests", are the ground's), or it
 * says nothing but its ground ("- We have a legitimate interest.", "- Ihre Einwilligung (Art. 6
 * Abs. 1 lit. a DSGVO)") in a list of two grounds or more (a template's list with the grounds
 * that do not apply taken out). A purpose after a colon
 * or dash in the item ties the ground to it ("Consent: newsletter"), as do words of its own after
 * the ground ("- Consent, for the newsletter").
 */
function listsGroundsOnly(c: Context, i: number, m: Mention): boolean {
  const text = c.sentences[i]!.text;
  if (/[:–—]\s*\S/.test(text.slice(m.hit.index))) return false;
  const grounds = groundsInList(c, i);
  if (grounds >= 5) return true;
  // A bare ground: at most three words before it ("We have a"), nothing after it but a reference in brackets.
  const unbracketed = text.replace(/\([^()]*\)/g, (b) => ' '.repeat(b.length));
  return grounds >= 2 && (unbracketed.slice(0, m.hit.index).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 3 && !/[\p{L}\p{N}]/u.test(unbracketed.slice(m.hit.end));
}

const basisWithoutPurpose: Quality = (c) => {
  const problems: Problem[] = [];
  // A basis named only as the condition of a right ("Where we rely on consent, you may withdraw
  // it") or in the right's own words ("the portability of data you gave us under a contract or
  // with your consent") is not one the notice states, as legalBasis reads it.
  const own = (m: Mention): boolean => !c.describesRight(m.sentence) && !conditionOfRight(c, m);
  const stated = (basis: Basis): Mention | undefined => {
    for (let k = 0, m = c.basisMention(basis, 0); m !== undefined; m = c.basisMention(basis, ++k)) if (own(m)) return m;
    return undefined;
  };
  // A single basis stated for all processing is tied to every purpose the notice names.
  if (c.basisNames().filter((b) => stated(b) !== undefined).length < 2) return problems;
  for (const basis of ['consent', 'legitimate-interests', 'vital-interests', 'public-task'] as const) {
    const first = stated(basis);
    if (!first) continue;
    // Bases named together in a paragraph of their own ("We process your data based on consent
    // and legitimate interests.") after the purposes leave the reader unable to tell which purpose
    // rests on which: a purpose elsewhere in the section ties neither of them. So do bases opening
    // a paragraph in a sentence with no purpose of its own, whatever follows it ("... and our
    // legitimate interests. For the newsletter we ask your consent."); bases after a purpose in
    // their own paragraph are that purpose's.
    const tiedTo = (m: Mention): boolean => {
      const i = m.sentence;
      const s = c.sentences[i]!;
      // An item of the law's list (one that opens with its ground: "- To protect your vital interests;")
      // or of a list of bare grounds ties its ground only to what follows a colon or dash ("Consent:
      // newsletter"), see listsGroundsOnly. An item that opens with a purpose ("- Photos in the
      // newsletter: only with your consent") is that purpose's.
      if (s.kind === 'list' && c.sentences[i - 1]?.block !== s.block && opensWithGround(s.text, m.hit.index) && listsGroundsOnly(c, i, m)) return false;
      const alone = s.kind === 'paragraph' && c.sentences[i - 1]?.block !== s.block && (c.sentences[i + 1]?.block !== s.block || !c.has(i, c.t.purposeLink));
      return c.closesAct(m) || c.tiedToPurpose(m, !(alone && c.basisNames().some((b) => b !== basis && c.has(i, c.t.basis.grounds[b]))));
    };
    let tied = false;
    for (let k = 0, m = c.basisMention(basis, 0); m !== undefined && !tied; m = c.basisMention(basis, ++k)) tied = own(m) && tiedTo(m);
    if (tied) continue;
    const ms = [0, 1, 2].map((k) => c.basisMention(basis, k)).filter((m): m is Mention => m !== undefined && own(m));
    problems.push({ range: span(c, first), evidence: ms.map((m) => sentenceSpan(c, m.sentence)) });
  }
  return problems;
};

export const COMPLETENESS: Readonly<Partial<Record<RuleId, Completeness>>> = {
  'controller-identity': controllerIdentity,
  purposes,
  'legal-basis': legalBasis,
  'data-categories': simpleList((c) => c.t.dataCategories, 2),
  recipients,
  retention,
  'right-access': right('access'),
  'right-rectification': right('rectification'),
  'right-erasure': right('erasure'),
  'right-restriction': right('restriction'),
  'right-object': right('object'),
  'right-portability': right('portability'),
  'right-complaint': complaint,
  'automated-decisions': automated,
  'statutory-requirement': statutory,
  'right-withdraw-consent': withdrawConsent,
  'legitimate-interests': legitimateInterests,
  'transfer-safeguards': transferSafeguards,
  'dpo-contact': dpoContact,
  'data-sources': dataSources,
  'last-updated': lastUpdated,
  cookies,
  'transfers-statement': transfersStatement,
};

export const QUALITY: Readonly<Partial<Record<RuleId, Quality>>> = {
  'vague-retention': vagueRetention,
  'implied-consent': impliedConsent,
  'outdated-reference': outdatedReference,
  'basis-without-purpose': basisWithoutPurpose,
};

/** Whether a DPO is mentioned at all (for the hint when none is). */
export const mentionsDpo = (c: Context): boolean => c.mentions(c.t.dpo.term).length > 0;
