/**
 * What every detector reads: the document model, the language table, and sentence-level
 * helpers (negation, generic statements, rights context, ties to a purpose). Computed once per
 * analysis.
 */
import type { Topic } from './catalogue';
import type { Basis, LanguageTable } from './data/types';
import type { DocumentModel, Sentence } from './document';
import { cueIndex, type CueHits, type ScanMemo } from './cueIndex';
import { beyondLatinWords, cuesOf, LATIN as LATIN_TEXT, latinText, listSplit, PLAIN, type Hit } from './match';
import { AnalysisMemo, PLAIN_MATCHER, type Matcher, type NegationMemo, type TextAnswers } from './memo';

export interface Mention {
  readonly sentence: number;
  readonly hit: Hit;
}

/** Rows read back to find a table's header row (a longer table is not searched further). */
const HEADER_SEARCH = 200;

export class Context {
  readonly sentences: readonly Sentence[];
  /** Per sentence: a statement about the law in general ("organisations must..."), not about this notice. */
  private readonly generic: Uint8Array;
  /** Per section: the topics its heading names (one shared empty set for the many that name none). */
  private readonly sectionTopics: ReadonlySet<Topic>[];
  /** Which sentences may match which cue list (one pass over the text for all lists). */
  private readonly hits: CueHits;
  /** Per cue list: its number in the prefilter, and per sentence 0 not yet known, 1 matches, 2 does not. */
  private readonly hasCache = new Map<readonly string[], { readonly id: number; readonly known: Uint8Array }>();
  /** Per sentence: 1 when it holds no letter beyond the Latin blocks (match.ts: its cue lists' faster expressions apply). */
  private readonly latin: Uint8Array;
  /** Per sentence: 0 not yet known, 1 describes a right, 2 does not (see describesRight, which many rules ask). */
  private readonly describing: Uint8Array;
  /**
   * Per sentence, what a document's memo knows about its text (when the matcher is one), fetched
   * once per analysis: the rules ask thousands of questions of the same sentences.
   */
  private readonly answers: readonly TextAnswers[] | undefined;
  /** The indexes of the sentences that speak for this notice, in order (see `own`). */
  private readonly ownSentences: Int32Array;

  /**
   * @param matcher answers the cue lists' questions about texts: the matcher itself, or a
   * document's memo of earlier versions' answers (memo.ts), which gives the same answers.
   */
  constructor(readonly model: DocumentModel, readonly t: LanguageTable, private readonly matcher: Matcher = PLAIN_MATCHER) {
    this.sentences = model.sentences;
    // Arrays here are filled by loops, not `map`: an array `map` makes in optimised code is
    // holey, one it makes in unoptimised code packed, and every optimised reader of the other
    // kind is thrown out ("wrong map") when the constructor is optimised during the first keystrokes.
    const n = this.sentences.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    // A sentence's text is the folded text between its start and end: what the memo knows by text holds for it.
    const texts: string[] | undefined = isScanMemo(matcher) ? [] : undefined;
    for (let i = 0; i < n; i++) {
      const s = this.sentences[i]!;
      starts[i] = s.start;
      ends[i] = s.end;
      texts?.push(s.text);
    }
    const scanMemo = isScanMemo(matcher) && texts ? { memo: matcher, texts } : undefined;
    this.hits = cueIndex(t).scan(model.reading, starts, ends, scanMemo);
    // A document being edited remembers per sentence text what is worked out here (flags).
    const memo = matcher instanceof AnalysisMemo ? matcher : undefined;
    this.latin = new Uint8Array(n).fill(1);
    this.describing = new Uint8Array(n);
    if (memo) {
      const answers: TextAnswers[] = [];
      for (let i = 0; i < n; i++) {
        const text = this.sentences[i]!.text;
        const a = memo.answers(text);
        answers.push(a);
        if (!a.flag(text, LATIN, latinText)) this.latin[i] = 0;
      }
      this.answers = answers;
    } else {
      this.answers = undefined;
      // One scan of the whole text for letters beyond the Latin blocks, rather than one per match.
      const beyond = beyondLatinWords(model.folded);
      for (let i = 0, k = 0; i < n && k < beyond.length; i++) {
        const s = this.sentences[i]!;
        while (k < beyond.length && beyond[k]! < s.start) k++;
        if (k < beyond.length && beyond[k]! < s.end) this.latin[i] = 0;
      }
    }
    const genericId = this.hits.idOf(t.genericSubject);
    // Whether a sentence is generic depends on its text and the table alone (the prefilter's bits for it too).
    this.generic = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (!this.hits.mayId(genericId, i)) continue;
      const a = this.answers?.[i];
      let generic = a?.knownFlag(t.genericSubject);
      if (generic === undefined) {
        generic = this.isGenericText(i, stripLead(this.sentences[i]!.text));
        a?.setFlag(t.genericSubject, generic);
      }
      if (generic) this.generic[i] = 1;
    }
    let owned = 0;
    for (let i = 0; i < n; i++) if (!this.generic[i]) owned++;
    const own = new Int32Array(owned);
    for (let i = 0, k = 0; i < n; i++) if (!this.generic[i]) own[k++] = i;
    this.ownSentences = own;
    // The headings' titles go through the prefilter too: a long notice has thousands of them, and
    // most name no topic at all.
    const sections = model.sections;
    const titleStarts = new Int32Array(sections.length);
    const titleEnds = new Int32Array(sections.length);
    const titles: string[] | undefined = scanMemo ? [] : undefined;
    this.sectionTopics = [];
    for (let k = 0; k < sections.length; k++) {
      const sec = sections[k]!;
      titleStarts[k] = sec.titleStart;
      titleEnds[k] = sec.titleEnd;
      titles?.push(sec.title);
      this.sectionTopics.push(NO_TOPICS);
      this.topicsWithParents.push(undefined);
    }
    // A title's text is the folded text between its start and end, as a sentence's is.
    const titleHits = cueIndex(t).scan(model.reading, titleStarts, titleEnds, scanMemo && titles ? { memo: scanMemo.memo, texts: titles } : undefined);
    // Topic by topic, only the titles the prefilter leaves for it, rather than every topic asked
    // of every title; each section still gets its topics in the order of the table's.
    // Per title: 0 not yet known, 1 Latin letters only, 2 not.
    const latin = new Uint8Array(sections.length);
    for (const [topic, cues] of Object.entries(t.topics) as [Topic, readonly string[]][]) {
      const candidates = titleHits.candidates(cues);
      for (let c = 0; c < candidates.length; c++) {
        const k = candidates[c]!;
        const title = sections[k]!.title;
        if (latin[k] === 0) latin[k] = latinText(title) ? 1 : 2;
        if (!this.matcher.has(cues, title, this.kind(latin[k] === 1))) continue;
        const topics = this.sectionTopics[k]!;
        if (topics === NO_TOPICS) this.sectionTopics[k] = new Set<Topic>([topic]);
        else (topics as Set<Topic>).add(topic);
      }
    }
  }

  /**
   * A statement about the law in general: its subject is "organisations", "the GDPR"... near the
   * start ("Under the GDPR, organisations must..."), and it speaks neither of "we" nor of "you".
   */
  private isGenericText(i: number, text: string): boolean {
    const hits = this.matcher.all(this.t.genericSubject, text);
    if (hits.length === 0) return false;
    // "Dit gebeurt op basis van de wet op ...": the law named as the ground of a legal obligation is no
    // subject, nor as the measure of a retention period ("Receipts are kept as long as the law requires"),
    // nor where the ground's cue starts inside it ("De wet verplicht ons ...": "wet verplicht ons").
    const grounds = [this.t.basis.grounds['legal-obligation'], this.t.retention.statutory].flatMap((l) => (this.may(i, l) ? this.matcher.all(l, text) : []));
    const hit = grounds.length === 0 ? hits[0] : hits.find((h) => !grounds.some((g) => g.index < h.end && h.index < g.end));
    if (hit === undefined) return false;
    if (hit.index === 0) return true;
    // `text` is part of sentence i: what sentence i cannot match, `text` cannot either.
    return hit.index <= 40 && !(this.may(i, this.t.self) && this.matcher.has(this.t.self, text)) && !(this.may(i, this.t.reader) && this.matcher.has(this.t.reader, text));
  }

  /**
   * False when sentence `i` cannot match the cue list anywhere (not even in part of its text),
   * so a detector can skip it; true means it may.
   */
  may(i: number, cues: readonly string[]): boolean {
    return this.hits.may(cues, i);
  }

  /** Whether sentence `i` matches the cue list (the same as `has(cues, sentences[i].text)`, remembered). */
  has(i: number, cues: readonly string[]): boolean {
    let list = this.hasCache.get(cues);
    if (!list) this.hasCache.set(cues, (list = { id: this.hits.idOf(cues), known: new Uint8Array(this.sentences.length) }));
    if (!this.hits.mayId(list.id, i)) return false;
    const known = list.known;
    if (known[i] === 0) known[i] = this.firstIn(i, cues) !== undefined ? 1 : 2;
    return known[i] === 1;
  }

  /** Every match of the cue list in sentence `i`, in order (none where the prefilter rules the list out). */
  hitsIn(i: number, cues: readonly string[]): readonly Hit[] {
    return this.has(i, cues) ? this.allIn(i, cues) : [];
  }

  /**
   * The indexes of the sentences that speak for this notice (not generic explanations of the law),
   * in order. (Indexes rather than pairs of an index and a sentence: a rule's loop over them, which
   * most rules run only once per document, read each pair by the iteration protocol until V8
   * optimised it, and the pairs were thousands of small arrays.)
   */
  own(): Int32Array {
    return this.ownSentences;
  }

  /** Every non-generic match of a cue list, sentence by sentence. */
  mentions(cues: readonly string[], options: { negated?: boolean } = {}): Mention[] {
    const reading = this.reading(cues);
    while (reading.next < reading.candidates.length) this.readNext(cues, reading);
    const found = reading.found;
    return options.negated === false ? found.filter((m) => !this.negatedMention(m)) : found;
  }

  /**
   * The first mentions of a cue list, in document order, read only as far as needed: `enough`
   * is given each mention in turn and says when no more are needed (a verdict shows at most five
   * sentences). The list is a beginning of what `mentions` gives, ending with the mention that
   * was enough, or all of them. The sentences are read once, whichever of the two asks first.
   * With `skip`, the mentions of a sentence it passes over (asked as the reading reaches it) are
   * left out, and a sentence not yet read is then not read at all.
   */
  mentionsUntil(cues: readonly string[], enough: (m: Mention) => boolean, skip?: (sentence: number) => boolean): Mention[] {
    const reading = this.reading(cues);
    if (!skip) {
      for (let k = 0; ; k++) {
        while (k >= reading.found.length && reading.next < reading.candidates.length) this.readNext(cues, reading);
        if (k >= reading.found.length) return reading.found;
        if (enough(reading.found[k]!)) return reading.found.slice(0, k + 1);
      }
    }
    const out: Mention[] = [];
    for (let k = 0; k < reading.found.length; k++) {
      const m = reading.found[k]!;
      if (skip(m.sentence)) continue;
      out.push(m);
      if (enough(m)) return out;
    }
    // Beyond what was read, sentences are read here without being kept in the shared reading,
    // which would otherwise lack the skipped ones.
    for (let k = reading.next; k < reading.candidates.length; k++) {
      const i = reading.candidates[k]!;
      if (this.generic[i] || skip(i)) continue;
      const hits = this.allIn(i, cues);
      for (let h = 0; h < hits.length; h++) {
        const m = { sentence: i, hit: hits[h]! };
        out.push(m);
        if (enough(m)) return out;
      }
    }
    return out;
  }

  /** How far the sentences that may match a cue list have been read for its mentions. */
  private readonly readings = new Map<readonly string[], { readonly candidates: Int32Array; next: number; readonly found: Mention[] }>();

  private reading(cues: readonly string[]): { readonly candidates: Int32Array; next: number; readonly found: Mention[] } {
    let reading = this.readings.get(cues);
    // Only the sentences the prefilter leaves, read from its bits rather than asked one by one.
    if (!reading) this.readings.set(cues, (reading = { candidates: this.hits.candidates(cues), next: 0, found: [] }));
    return reading;
  }

  /** Reads the next candidate sentence's mentions. */
  private readNext(cues: readonly string[], reading: { readonly candidates: Int32Array; next: number; readonly found: Mention[] }): void {
    const i = reading.candidates[reading.next++]!;
    if (this.generic[i]) return;
    // By index rather than for-of: a cold run reads thousands of sentences here before V8 optimises it.
    const hits = this.allIn(i, cues);
    for (let h = 0; h < hits.length; h++) reading.found.push({ sentence: i, hit: hits[h]! });
  }

  /** The first match of a cue list in sentence `i` (the memo's answer, when there is one). */
  private firstIn(i: number, cues: readonly string[]): Hit | undefined {
    const text = this.sentences[i]!.text;
    const kind = this.kind(this.latin[i] === 1);
    const using = this.using(i, cues);
    return this.answers ? this.answers[i]!.first(cues, text, kind, using) : this.matcher.first(cues, text, kind, using);
  }

  /** Every match of a cue list in sentence `i` (the memo's answer, when there is one). */
  private allIn(i: number, cues: readonly string[]): readonly Hit[] {
    const text = this.sentences[i]!.text;
    const kind = this.kind(this.latin[i] === 1);
    const using = this.using(i, cues);
    return this.answers ? this.answers[i]!.all(cues, text, kind, using) : this.matcher.all(cues, text, kind, using);
  }

  /** What a sentence or title is for the matcher (match.ts): PLAIN, as the folded text has no whitespace but the plain space (text.ts, fold), and LATIN when `latin`. */
  private kind(latin: boolean): number {
    return latin ? PLAIN | LATIN_TEXT : PLAIN;
  }

  /** Per list with cues of both kinds (listSplit): its literal cues and the prefilter's number for the rest. */
  private readonly splits = new Map<readonly string[], { readonly literal: readonly string[]; readonly rest: number } | null>();

  /** The list to search sentence `i` with for `cues`: its literal cues alone where the prefilter rules the rest out. */
  private using(i: number, cues: readonly string[]): readonly string[] {
    let split = this.splits.get(cues);
    if (split === undefined) {
      const s = listSplit(cues);
      this.splits.set(cues, (split = s ? { literal: s.literal, rest: this.hits.idOf(s.rest) } : null));
    }
    return split && !this.hits.mayId(split.rest, i) ? split.literal : cues;
  }

  topicsOf(sentence: number): ReadonlySet<Topic> {
    return this.topicsOfSection(this.sentences[sentence]!.section);
  }

  /** Per section, the topics of topicsOfSection, worked out when first asked (detectors ask per sentence). */
  private readonly topicsWithParents: (ReadonlySet<Topic> | undefined)[] = [];

  /** The topics a section's heading names, or its parents' (none before the first heading). */
  topicsOfSection(section: number): ReadonlySet<Topic> {
    if (section === -1) return NO_TOPICS;
    let out = this.topicsWithParents[section];
    if (!out) {
      const own = this.sectionTopics[section]!;
      const inherited = this.topicsOfSection(this.model.sections[section]!.parent);
      // A set of its own only where both the section and its parents name topics: most sections
      // name none, and share their parent's set (or the section's own, under parents naming none).
      if (inherited.size === 0) out = own;
      else if (own.size === 0) out = inherited;
      else {
        const topics = new Set(own);
        for (const topic of inherited) topics.add(topic);
        out = topics;
      }
      this.topicsWithParents[section] = out;
    }
    return out;
  }

  /** Whether a section's own heading (not a parent's) names the topic. */
  headingNames(section: number, topic: Topic): boolean {
    return !!this.sectionTopics[section]?.has(topic);
  }

  /** The first section whose heading names one of the topics, in the order given. */
  sectionFor(topics: readonly Topic[]): number {
    for (const topic of topics) {
      const i = this.sectionTopics.findIndex((set) => set.has(topic));
      if (i !== -1) return i;
    }
    return -1;
  }

  /**
   * Whether a negation governs the words at `index`: a negation word among the five words before
   * it, with no clause boundary (comma, semicolon, "unless"...) in between.
   */
  negatedAt(text: string, index: number): boolean {
    // A document being edited asks this of every mention of a legal basis or a right again after
    // each keystroke: its memo remembers the answers per sentence text.
    return isNegationMemo(this.matcher) ? this.matcher.negated(text, index, this.t, () => this.readNegation(text, index)) : this.readNegation(text, index);
  }

  /** negatedAt, worked out. */
  private readNegation(text: string, index: number): boolean {
    // "without your consent" says there is none, unless a negation governs the "without" too.
    const without = this.affirmedWithout(text, index);
    if (without !== undefined) return !without;
    const words = lastWords(text, Math.max(0, index - 60), index, 5);
    const neg = this.matcher.all(this.t.negation, words);
    if (neg.length === 0) return false;
    const lastNeg = neg[neg.length - 1]!;
    // ">=": a break that opens with the negation word itself ("ohne Angabe von Gründen", "sans justification") negates nothing after it.
    const brk = this.matcher.all(this.t.negationBreak, words).filter((b) => b.index >= lastNeg.index);
    if (brk.length > 0) return false;
    // "Les données qui ne sont pas nécessaires sont supprimées": the negation ends with its relative clause.
    const rel = this.t.relative;
    if (rel && wordsAtLeast(2, words.slice(lastNeg.end)) && !this.matcher.has(rel.infinitive, lastWords(words, 0, words.length, 1))) {
      const wide = lastWords(text, Math.max(0, index - 90), index, 9);
      const at = wide.length - (words.length - lastNeg.index);
      if (this.matcher.has(rel.pronoun, lastWords(wide, 0, at, 3))) return false;
    }
    // "Tell us if you'd rather we didn't keep it and we'll delete it", "Als u het liever niet hebt
    // verwijderen we het": the negation is an if-clause's, the mention's clause has its own subject
    // (we) right before it or in its first two words (inverted, or a mention that opens with it).
    return !this.ownClause(text, index, `${lastWords(words, lastNeg.end, words.length, 1)} ${firstWords(text, index, index + 60, 2)}`);
  }

  /**
   * Whether `subject` (the words between a negation and a mention) holds our own subject while an
   * "if" or another break stands before the negation (readNegation has read none after it): the
   * negation ends with the clause the break opened.
   */
  private ownClause(text: string, index: number, subject: string): boolean {
    return this.matcher.has(this.t.self, subject) && this.matcher.has(this.t.negationBreak, lastWords(text, 0, index, 12));
  }

  /**
   * Whether the words at `index` stand under a double negation that affirms them: they open with
   * the language's "without" (LanguageTable.without) or follow it closely, and another
   * negation governs that "without": one before it in its clause (or in the clause that a comma
   * right before it ends), or, where "without" opens the sentence, one in its first words: "We
   * never post photos without asking you first", "Wir geben nie etwas weiter, ohne Sie zu fragen",
   * "nous ne publions jamais de photos sans votre accord", "Zonder uw toestemming delen wij niets"
   * make consent the condition, they do not deny it. An "unless" among those words ends the
   * negation's reach. True: affirmed; false: the mention opens with a "without" that is not
   * (it is negated); undefined: no "without" governs it, or one before it is not affirmed (the
   * usual reading of negation applies).
   */
  /** Whether sentence `i` may hold the language's "without" (the prefilter's bit): affirmedWithout searches only then. */
  private mayWithout(i: number): boolean {
    return this.t.without !== undefined && this.may(i, this.t.without);
  }

  private affirmedWithout(text: string, index: number): boolean | undefined {
    const without = this.t.without;
    const from = Math.max(0, index - 60);
    const at = without && this.matcher.all(without, text.slice(from, index + 12)).at(-1);
    const w = from + (at ? at.index : 0);
    // No "without" governs the mention (it is in another clause).
    if (!at || /[,;:()]/.test(text.slice(w, index))) return undefined;
    const head = text.slice(0, w).trimEnd().replace(/,$/u, '');
    // After the "without" only where it opens the sentence: "Without your consent, we will not ...".
    const around = lastWords(head, Math.max(0, head.length - 120), head.length, 20) + (stripLead(head) === '' ? ` ${text.slice(from + at.end, from + at.end + 80)}` : '');
    // Not affirmed: a mention that opens with "without" is negated; one after it is read as any other.
    return (this.matcher.has(this.t.negation, around) && !this.matcher.has(this.t.negationBreak, around)) || (w < index ? undefined : false);
  }

  /**
   * Whether a negation after a mention governs it (LanguageTable.negationAfter): a closer among
   * the few words after it in its clause ("Nous n'effaçons jamais vos factures", "Wir löschen Ihre
   * Daten nicht"), the opener, where the language has one, among the words before it, and no
   * "unless" after the mention ("Das Recht besteht nicht, soweit ..." limits a right, it does not
   * deny it). "Nous ne conservons vos données que pendant trois ans" has no closer: it restricts.
   */
  private negatedAfter(text: string, index: number, end: number, i: number): boolean {
    // (Only where the sentence may hold a final negation's word: the prefilter's bit, before any search.)
    if (this.t.negationFinal) return this.may(i, this.t.negationFinal.closer) && this.negatedAtEnd(text, end, this.t.negationFinal);
    const after = this.t.negationAfter;
    if (!after) return false;
    if (after.needless !== undefined && this.matcher.first(after.needless, firstWords(text, end, Math.min(text.length, end + 80), AFTER_WORDS))?.index === 0) {
      return !this.matcher.has(this.t.negationBreak, text.slice(end));
    }
    // "Vos données ne peuvent pas être modifiées": both parts among the cue's own words, a verb
    // between them ("pour ne plus les recevoir" negates the infinitive the cue names).
    const own = text.slice(index, end), o = this.matcher.first(after.opener, own), tail = o ? own.slice(o.end).replace(/^\s*\S+/, '') : '';
    if (after.inside && this.matcher.has(after.inside, tail)) return !this.matcher.has(this.t.negationBreak, tail);
    const before = lastWords(text, Math.max(0, index - 60), index, 5);
    const open = this.matcher.all(after.opener, before);
    if (open.length === 0) return false;
    const at = open[open.length - 1]!.index;
    if (this.matcher.all(this.t.negationBreak, before).some((b) => b.index > at)) return false;
    // "vous ne pouvez plus retirer votre consentement": a closer that is not a negation word alone
    // stands between, the mention at most one word after it.
    const between = this.matcher.first(after.closer, before.slice(at));
    const gap = between && before.slice(at + between.end).trim();
    // "Si vous ne le voulez pas nous effaçons ...": the word between is the mention's own subject, after an "if".
    if (between !== undefined && !/\S\s+\S/.test(gap!)) return !this.ownClause(text, index, gap!);
    const next = firstWords(text, end, Math.min(text.length, end + 80), AFTER_WORDS);
    const close = this.matcher.first(after.closer, next);
    if (close === undefined) return false;
    const head = next.slice(0, close.index);
    if (this.matcher.has(this.t.negationBreak, head) || this.matcher.has(after.clauseEnd, head)) return false;
    return !this.matcher.has(this.t.negationBreak, text.slice(end));
  }

  /**
   * Whether the sentence ends in a negation (LanguageTable.negationFinal) a few words after the
   * mention, with no clause boundary or "unless" between: "Löschen können wir Ihre Daten leider
   * nicht." The mention's verb is the sentence's last; a "nicht" inside it limits something else.
   */
  private negatedAtEnd(text: string, end: number, final: NonNullable<LanguageTable['negationFinal']>): boolean {
    let rest = text.slice(end);
    let stop = rest.search(/[,;:(]/);
    // "Die Daten zu löschen, dürfen wir leider nicht": a clause that ends with the mention stands
    // first in the inverted clause after its comma (verb, then our or the reader's subject).
    if (stop === 0 && this.subject(firstWords(rest, 1, rest.length, 2).split(' ')[1] ?? '')) stop = (rest = rest.slice(1)).search(/[,;:(]/);
    if (this.matcher.has(final.scope, text)) return false;
    // The clause ends at its comma, whatever follows: "Wir löschen Ihre Daten nicht, solange ...".
    let clause = stop === -1 ? rest : rest.slice(0, stop);
    let e = clause.length;
    while (e > 0 && CLAUSE_TAIL.test(clause[e - 1]!)) e--;
    clause = clause.slice(0, e);
    if (clause.split(/\s+/).length > FINAL_WORDS) return false;
    // "Sie haben ein Recht auf Löschung und wir geben Ihre Daten nicht weiter": "und wir" opens another clause.
    for (const j of this.matcher.all(final.joined, clause)) {
      if (this.subject(firstWords(clause, j.end, clause.length, 1))) return false;
    }
    const hits = this.matcher.all(final.closer, clause);
    return hits.length > 0 && hits[hits.length - 1]!.end === clause.length && !this.matcher.has(this.t.negationBreak, rest);
  }

  /** Whether `w` is our own or the reader's subject ("wir", "Sie"). */
  private subject(w: string): boolean {
    return this.matcher.has(this.t.self, w) || this.matcher.has(this.t.reader, w);
  }

  /** Whether the sentence as a whole is negative ("we do not transfer..."), and not rescued by "unless". */
  negativeSentence(text: string): boolean {
    const pair = this.t.negationAfter?.sentence;
    return (this.matcher.has(this.t.negation, text) || (pair !== undefined && this.matcher.has(pair, text))) && !this.matcher.has(this.t.negationBreak, text);
  }

  /** negativeSentence for sentence `i`, remembered. */
  negative(i: number): boolean {
    const pair = this.t.negationAfter?.sentence;
    return ((this.has(i, this.t.negation) || (pair !== undefined && this.has(i, pair))) && !this.has(i, this.t.negationBreak)) || this.answeredNo(i);
  }

  /**
   * Whether sentence `i` asks a question that the next sentence of its section answers with a
   * denial at its start: "Do we transfer your data outside the EU? No." or "... ? We do not."
   */
  answeredNo(i: number): boolean {
    // negative() asks it of every sentence without a negation: the '?' is read first, in place.
    const s = this.sentences[i]!;
    if (!endsInQuestion(s.text)) return false;
    const next = this.sentences[i + 1];
    if (next === undefined || next.section !== s.section) return false;
    return this.opensWith(i + 1, this.t.answerNo) || this.negativeSentence(next.text.slice(0, 40));
  }

  /** Whether a sentence states a right the reader has: named, framed, or inside a rights section or list. */
  inRightsContext(sentence: number): boolean {
    const s = this.sentences[sentence]!;
    if (this.topicsOf(sentence).has('rights')) return true;
    // A question is put to the reader, named or not: "Want to see what we've kept?"
    if (this.has(sentence, this.t.rights.frame) && (this.has(sentence, this.t.reader) || endsInQuestion(s.text))) return true;
    // What the controller does next in the paragraph of a right put to the reader, with no period
    // of its own: "You can ask me what I've got on you. I'll correct anything that's wrong."
    const p = this.sentences[sentence - 1];
    if (p?.block === s.block && !this.has(sentence, this.t.retention.period) && this.hasAny(sentence - 1, describedLists(this.t)) && this.inRightsContext(sentence - 1)) return true;
    // A list item under a lead-in that speaks of rights ("You have the following rights:").
    if (s.kind === 'list') {
      for (let j = sentence - 1; j >= 0 && j >= sentence - 40; j--) {
        const p = this.sentences[j]!;
        if (p.kind === 'list') continue;
        return this.has(j, this.t.rights.frame);
      }
    }
    return false;
  }

  /**
   * Whether sentence `i` describes what a right of the reader covers ("you may ask whether your
   * data is sent to a third country", "the right not to be subject to an automated decision")
   * rather than what this controller does: it names a right, or it is a list item under a
   * lead-in that names one ("You may ask us for the following information:"). Generator texts
   * paraphrase Arts. 15 to 22 at length; their words on transfers or profiling are the law's
   * scope, not a statement that this notice's processing involves them.
   */
  describesRight(i: number): boolean {
    const known = this.describing[i];
    if (known !== 0) return known === 1;
    const describes = this.readDescribesRight(i);
    this.describing[i] = describes ? 1 : 2;
    return describes;
  }

  /** describesRight, worked out. */
  private readDescribesRight(i: number): boolean {
    const lists = rightLists(this.t);
    if (this.hasAny(i, lists)) return true;
    const reference = this.t.rights.reference;
    if (reference && this.opensWith(i, reference)) return true;
    if (this.sentences[i]!.kind !== 'list') return false;
    for (let j = i - 1; j >= 0 && j >= i - 40; j--) {
      if (this.sentences[j]!.kind === 'list') continue;
      return this.hasAny(j, lists);
    }
    return false;
  }

  /**
   * Whether sentence `i`, without its list marker or label, opens with a cue of the list (within
   * its first 30 characters). It depends on the text alone: a document's memo remembers it.
   */
  opensWith(i: number, cues: readonly string[]): boolean {
    const text = this.sentences[i]!.text;
    const decide = (t: string): boolean => this.matcher.first(cues, stripLead(t).slice(0, 30))?.index === 0;
    return this.answers ? this.answers[i]!.flag(text, openingQuestion(cues), decide) : decide(text);
  }

  /**
   * Whether sentence `i` matches one of the cue lists: what `has` says of their cues joined in
   * one list, but each list is asked only where the prefilter leaves it a chance (a joined list
   * is not in the prefilter, so it would be tried on every sentence asked about).
   */
  hasAny(i: number, lists: readonly (readonly string[])[]): boolean {
    for (const cues of lists) if (this.has(i, cues)) return true;
    return false;
  }

  /**
   * The k-th mention of a cue list in document order (sentence, then place), or undefined when
   * there are fewer: the sentences are read only as far as asked (the reading is the one
   * `mentions` and `mentionsUntil` share).
   */
  mentionAt(cues: readonly string[], k: number): Mention | undefined {
    const reading = this.reading(cues);
    while (k >= reading.found.length && reading.next < reading.candidates.length) this.readNext(cues, reading);
    return reading.found[k];
  }

  /** Whether a negation governs a mention (see negatedAt): `mentions(cues, { negated: false })` leaves it out. */
  negatedMention(m: Mention): boolean {
    const text = this.sentences[m.sentence]!.text;
    const index = m.hit.index;
    // negatedAt, with the sentence's answers at hand.
    const before = this.answers ? this.answers[m.sentence]!.negated(index, this.t, () => this.readNegation(text, index)) : this.negatedAt(text, index);
    return before || (this.negatedAfter(text, index, m.hit.end, m.sentence) && !(this.mayWithout(m.sentence) && this.affirmedWithout(text, index)));
  }

  /** The legal bases the table knows, in its order (the order their evidence is read in). */
  basisNames(): readonly Basis[] {
    return Object.keys(this.t.basis.grounds) as Basis[];
  }

  /**
   * The k-th statement of a legal basis, in document order (sentence, then place; a cue of the
   * basis before a listed name at the same place), or undefined when the notice makes fewer: its
   * cues not negated, and its names in a list the notice introduces as its legal bases. Read only
   * as far as asked: whether a basis is stated at all, or tied to a purpose somewhere, is often
   * known long before the end of a long notice.
   */
  basisMention(basis: Basis, k: number): Mention | undefined {
    let r = this.basisReadings.get(basis);
    if (!r) this.basisReadings.set(basis, (r = { found: [], cue: 0, listed: 0 }));
    const cues = this.t.basis.grounds[basis];
    const listed = this.t.basis.listed?.[basis];
    while (k >= r.found.length) {
      // The next statement from each source: a cue not negated, a name in a list of bases.
      let a = this.mentionAt(cues, r.cue);
      while (a !== undefined && (this.negatedMention(a) || this.deniedBasis(a) || this.negatedFar(a) || (basis === 'consent' && this.inferred(a)))) a = this.mentionAt(cues, ++r.cue);
      let b = listed ? this.mentionAt(listed, r.listed) : undefined;
      while (b !== undefined && (this.negatedMention(b) || !this.inBasisList(b.sentence, b.hit.index))) b = this.mentionAt(listed!, ++r.listed);
      if (a === undefined && b === undefined) break;
      if (b === undefined || (a !== undefined && (a.sentence < b.sentence || (a.sentence === b.sentence && a.hit.index <= b.hit.index)))) {
        r.found.push(a!);
        r.cue++;
      } else {
        r.found.push(b);
        r.listed++;
      }
    }
    return r.found[k];
  }

  /**
   * Whether a consent cue stands inside consent inferred from use ("By using the service, you
   * consent to this processing", "En utilisant le service, vous y consentez"): implied consent is
   * no consent (a quality finding of its own), so it states no legal basis.
   */
  private inferred(m: Mention): boolean {
    return this.hitsIn(m.sentence, this.t.impliedConsent).some((h) => h.index < m.hit.end && m.hit.index < h.end);
  }

  /** Whether a ground's cue ends a clause that denies relying on it (LanguageTable basis.denied). */
  private deniedBasis(m: Mention): boolean {
    const denied = this.t.basis.denied;
    if (!denied) return false;
    return this.hitsIn(m.sentence, denied).some((d) => d.index <= m.hit.index && d.end >= m.hit.end);
  }

  /**
   * Whether a negation governs a ground's cue further away than negatedAt reads: "Nous ne fondons
   * pas le traitement de vos coordonnées d'adhérent sur votre consentement", "We do not, under any
   * circumstances, rely on ...", "Wij baseren de verwerking van uw ledengegevens niet op ...". The
   * clause opens with the notice's own subject ("we", "nous", "wij", "wir"), the negation is among its
   * first six words, and nothing after the negation opens another clause: an "unless" or "but"
   * (negationBreak), a relative pronoun, or the subject again ("... et nous les transmettons").
   * A short insertion between commas right after the negation ("do not, in any case, ...") stays
   * in the clause. Read for legal bases only: "We do not charge a fee for a request to access your
   * data" still grants the right.
   */
  private negatedFar(m: Mention): boolean {
    const text = this.sentences[m.sentence]!.text;
    if (this.mayWithout(m.sentence) && this.affirmedWithout(text, m.hit.index)) return false;
    let b = boundaryBefore(text, m.hit.index);
    const b0 = b > 0 && text[b] === ',' ? boundaryBefore(text, b) : -1;
    if (b0 > 0 && text[b0] === ',' && !wordsAtLeast(5, text.slice(b0 + 1, b))) {
      const w = lastWords(text, 0, b0, 1);
      const n = this.matcher.first(this.t.negation, w);
      if (n && n.index === 0 && n.end === w.length) b = boundaryBefore(text, b0);
    }
    const clause = text.slice(b + 1, m.hit.index).trim();
    if (wordsAtLeast(20, clause)) return false;
    const neg = this.matcher.first(this.t.negation, clause);
    if (!neg || wordsAtLeast(6, clause.slice(0, neg.index))) return false;
    // The subject opens the clause ("We do not ...", "I don't ...", "Ich verlasse mich nicht ..."), or
    // follows a negation that opens it ("Under no circumstances will we ...", "In geen geval baseren wij ...").
    const word = /\S+/gu;
    let subject: string | undefined;
    let after = 0;
    for (let k = 0, w = word.exec(clause); w !== null && k < 5 && subject === undefined; k++, w = word.exec(clause)) {
      if (k > 0 && w.index < neg.end) continue;
      const own = w[0].replace(/['’]\p{L}+$/u, '');
      const self = this.matcher.first(this.t.self, own);
      if (self && self.index === 0 && self.end === own.length) [subject, after] = [own.toLowerCase(), w.index + w[0].length];
    }
    if (subject === undefined) return false;
    const rest = ` ${clause.slice(neg.end).toLowerCase()} `;
    const rel = this.t.relative;
    return !` ${clause.slice(Math.max(neg.end, after)).toLowerCase()} `.includes(` ${subject} `) && !this.matcher.has(this.t.negationBreak, rest) && !(rel && this.matcher.has(rel.pronoun, rest));
  }

  /** How far each basis's statements have been read (see basisMention). */
  private readonly basisReadings = new Map<Basis, { readonly found: Mention[]; cue: number; listed: number }>();

  /**
   * Whether a sentence is an item of a list under a lead-in that announces legal bases ("the lawful
   * bases we rely on are:"), or the place `at` in it is a table cell in the column whose header
   * names them ("| Doel | Grondslag |" over "| Nieuwsbrief | Toestemming |").
   */
  private inBasisList(sentence: number, at: number): boolean {
    if (this.sentences[sentence]!.kind === 'table') return this.inBasisColumn(sentence, at);
    if (this.sentences[sentence]!.kind !== 'list') return false;
    for (let j = sentence - 1; j >= 0 && j >= sentence - 12; j--) {
      if (this.sentences[j]!.kind === 'list') continue;
      return this.sentences[j]!.text.trimEnd().endsWith(':') && this.has(j, this.t.basis.general);
    }
    return false;
  }

  /**
   * The header row of the table that row `row` stands in (its first row), or undefined for the
   * header itself or a sentence that is no table row. A longer table is not read back further
   * than HEADER_SEARCH rows.
   */
  tableHeader(row: number): number | undefined {
    if (this.sentences[row]!.kind !== 'table') return undefined;
    let head = row;
    while (head > 0 && row - head < HEADER_SEARCH && this.sentences[head - 1]!.kind === 'table') head--;
    return head === row ? undefined : head;
  }

  /** Whether place `at` of table row `row` is in the column whose header cell names legal bases (the first row of the table is its header). */
  private inBasisColumn(row: number, at: number): boolean {
    const head = this.tableHeader(row);
    if (head === undefined) return false;
    const cell = this.sentences[row]!.text.slice(0, at).split('|').length - 1;
    const header = this.sentences[head]!.text.split('|')[cell];
    return header !== undefined && (this.matcher.has(this.t.basis.general, header) || this.matcher.has(this.t.topics['legal-basis'], header));
  }

  /**
   * Whether a mention (of a legal basis) is tied to what it is for: a purpose or an interest
   * follows it, it leads into a list, it heads a section that lists purposes, or it closes a
   * table row or list line that names one. With `section`, a purpose anywhere in the same
   * section also counts.
   */
  tiedToPurpose(m: Mention, section: boolean): boolean {
    // Every test here looks near the mention or at the sentence's end, never scans the whole
    // sentence per mention: a long sentence repeating the basis would make that quadratic.
    const s = this.sentences[m.sentence]!;
    const after = s.text.slice(m.hit.end);
    // A citation in brackets between the basis and what it is for ("berechtigtes Interesse (Art. 6
    // Abs. 1 lit. f DSGVO) an ...", "legitimate interests (Art. 6(1)(f) GDPR) in ...") does not part them.
    for (const text of new Set([after, afterBrackets(s.text.slice(Math.max(0, m.hit.index - BRACKET_WINDOW), m.hit.index), after)])) {
      const link = this.matcher.first(this.t.basis.interestLink, text.slice(0, LINK_WINDOW));
      // What follows the link names the interest, or the link does itself: a clause of four words
      // or more (", unsere Gäste und ihr Eigentum vor Diebstahl zu schützen.").
      if (link && link.index <= 3 && (/^\s*\S+\s+\S/.test(text.slice(link.end)) || text.slice(link.index, link.end).trim().split(/\s+/).length >= 4)) return true;
    }
    // A link inside brackets before the mention qualifies another word ("legal obligations
    // (notably in anti-money-laundering) and our legitimate interest"), not this basis.
    if (this.has(m.sentence, this.t.purposeLink) && this.matcher.has(this.t.purposeLink, withoutBrackets(s.text.slice(0, m.hit.index)) + ' ' + after)) return true;
    // "- Sending our newsletter: your consent" (or "d) Sending ..."): a list line's label before the colon is what the basis is for.
    if (s.kind === 'list' && labelledItem(s.text.slice(0, m.hit.index)) && !this.matcher.has(this.t.basis.general, s.text.slice(0, m.hit.index))) return true;
    // "This is our legitimate interest (Art. 6(1)(f))" after a sentence that says what for.
    const anaphor = this.t.basis.anaphor;
    if (anaphor && m.sentence > 0 && this.sentences[m.sentence - 1]!.block === s.block) {
      const opening = this.matcher.first(anaphor, stripLead(s.text).slice(0, 40));
      if (opening && opening.index === 0 && this.has(m.sentence - 1, this.t.purposeLink)) return true;
    }
    // Or in the next sentence of the block, when the basis closes its own: "... berechtigtes Interesse (Art. 6 Abs. 1 f DSGVO). Wir wollen ...".
    const next = this.sentences[m.sentence + 1];
    if (this.t.basis.interestNext && next?.block === s.block && !/[\p{L}\p{N}]/u.test(withoutBrackets(after)) && this.matcher.first(this.t.basis.interestNext, stripLead(next.text).slice(0, 30))?.index === 0) return true;
    // Or after a clause of the same sentence that says it: "Camera's hangen er tegen diefstal, dat is ons gerechtvaardigd belang."
    const comma = s.text.lastIndexOf(',', m.hit.index);
    if (anaphor && comma > 0 && this.matcher.first(anaphor, s.text.slice(comma + 1, m.hit.index).trimStart())?.index === 0 && this.matcher.has(this.t.purposeLink, s.text.slice(0, comma))) return true;
    const end = s.text.trimEnd();
    if (end.endsWith(':') && this.sentences[m.sentence + 1]?.kind === 'list') return true;
    if (s.kind === 'list' && this.listNamesPurposes(m.sentence)) return true;
    if ((s.kind === 'table' || !/[.!?]/.test(end.slice(-1))) && s.kind !== 'heading' && wordsAtLeast(4, s.text.slice(0, m.hit.index), after)) return true;
    if (s.kind === 'heading' || section) {
      if (s.section === -1) return false;
      const run = this.sectionRun(m.sentence);
      // A purpose link (or, under a heading, a list) later in the section; with `section`, also earlier.
      if (s.kind === 'heading' && run.lastList > m.sentence) return true;
      if (run.lastLink > m.sentence) return true;
      if (section && run.firstLink !== -1 && run.firstLink < m.sentence) return true;
      // With `section`, a list under a heading that names purposes ("Why we use it and our legal basis").
      if (section && run.lastList !== -1 && this.topicsOf(m.sentence).has('purposes')) return true;
    }
    return false;
  }

  /**
   * Whether a mention (of a legal basis) closes (or opens) a sentence that states an act before (after) it: "Auf
   * unserer Homepage zeigen wir Bilder von Gästen, nur, wenn Sie damit einverstanden sind" makes
   * the basis the condition of that act, and the act is what it is for (not which interest it
   * pursues: legitimate interests still need theirs named).
   */
  closesAct(m: Mention): boolean {
    const s = this.sentences[m.sentence]!;
    if (s.kind === 'heading') return false;
    const before = stripLead(s.text.slice(0, m.hit.index));
    const after = s.text.slice(m.hit.end);
    // A relative clause after the basis qualifies it, and the basis still closes the act: "La
    // lettre d'information repose sur votre consentement, que vous pouvez retirer à tout moment."
    const rel = this.t.relative?.pronoun;
    const comma = /^\s*,\s*/.exec(after);
    const qualified = rel !== undefined && comma !== null && this.matcher.first(rel, after.slice(0, 40))?.index === comma[0].length;
    // Or opens it: "Mit Ihrer Einwilligung zeigen wir Bilder von Gästen auf unserer Homepage."
    const opens = wordsAtLeast(3, after) && !qualified;
    if (opens && !wordsAtLeast(2, before)) return this.statesAct(after);
    // A short phrase of means or place may follow the condition that closes the act, if it names
    // no basis: "... if you have consented on the sign-up form", "... als de ouders daar ja op
    // hebben gezegd via het boekingsformulier", "... avec votre accord, par le bulletin d'inscription".
    return this.statesAct(before) && (!opens || (!wordsAtLeast(6, after) && this.statesAct(`${before} ${after}`)));
  }

  /** The language's stopwords as a set, made on first use (statesAct). */
  private stopwordSet?: Set<string>;

  /**
   * Whether a clause states an act of its own: two words or more beyond the language's stopwords,
   * the words of a bare statement that data is processed (`basis.bare`: "Wir verarbeiten Ihre
   * Daten nur") and kinds of data, and no legal basis (a list of bases is no act).
   */
  private statesAct(text: string): boolean {
    const bare = this.t.basis.bare;
    if (!bare) return false;
    // "... based on our legitimate interests": the words that announce this basis are not the act.
    const lead = this.matcher.all(this.t.basis.general, text).at(-1);
    if (lead && !wordsAtLeast(2, text.slice(lead.end))) text = text.slice(0, lead.index);
    // Nor is conformity with a law ("gemäß der DSGVO", "in line with the Data Protection Directive").
    if (!wordsAtLeast(2, text) || this.matcher.has(this.t.basis.general, text) || text.includes(this.t.lawName) || this.matcher.has(cuesOf(this.t.outdated), text)) return false;
    for (const b of this.basisNames()) if (this.matcher.has(this.t.basis.grounds[b], text)) return false;
    let rest = text;
    for (const list of [bare, this.t.dataCategories, this.t.basis.conditional ?? bare]) {
      const hits = this.matcher.all(list, rest);
      for (let k = hits.length - 1; k >= 0; k--) rest = rest.slice(0, hits[k]!.index) + ' ' + rest.slice(hits[k]!.end);
    }
    const stop = (this.stopwordSet ??= new Set(this.t.stopwords));
    let count = 0;
    for (const w of rest.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (!stop.has(w) && ++count >= 2) return true;
    return false;
  }

  /**
   * Whether list item `i` opens with a label that asks for the purposes ("- Purposes: ...", "- **Why
   * we use it:** ...", "- **Pour quoi faire** : ...", "- **Wozu?** ..."); with `answered`, only when
   * words follow the label: the item is the answer to the label's question, as a section is to its heading's.
   */
  labelNamesPurposes(i: number, answered = false): boolean {
    const t = this.sentences[i]!.text;
    const label = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+[*_]*([^:*_]{1,60})[*_]*\s?[:?]/u.exec(t);
    return label !== null && this.matcher.has(this.t.topics.purposes, label[1]!) && (!answered || wordsAtLeast(2, t.slice(label[0].length)));
  }

  /**
   * Whether the list that sentence `i` belongs to describes one processing item by item, with an
   * item labelled as its purposes ("- Zwecke der Verarbeitung: Kontaktanfragen; ...", "- Purposes:
   * ..."): a basis in another item of that list ("- Rechtsgrundlagen: Berechtigte Interessen") is
   * tied to those purposes, as a table row ties a basis to the purpose in its row.
   */
  private listNamesPurposes(i: number): boolean {
    const own = this.sentences[i]!;
    const isLabelledPurposes = (j: number): boolean => {
      const t = this.sentences[j]!;
      if (t.kind !== 'list' || t.section !== own.section || t.block === own.block || !t.first) return false;
      return this.labelNamesPurposes(j);
    };
    for (let j = i - 1; j >= 0 && j >= i - LIST_REACH && this.sentences[j]!.kind === 'list'; j--) if (isLabelledPurposes(j)) return true;
    for (let j = i + 1; j < this.sentences.length && j <= i + LIST_REACH && this.sentences[j]!.kind === 'list'; j++) if (isLabelledPurposes(j)) return true;
    return false;
  }

  /** Per sentence, the run of neighbouring sentences in its section, summarised once (see `sectionRun`). */
  private readonly runs = new Map<number, { firstLink: number; lastLink: number; lastList: number }>();

  /**
   * Where in the contiguous run of sentences sharing sentence `i`'s section the first and last
   * purpose links and the last list line are (-1 for none). Computed once per run: asking it for
   * every mention of a long section would otherwise rescan the section each time.
   */
  private sectionRun(i: number): { firstLink: number; lastLink: number; lastList: number } {
    const known = this.runs.get(i);
    if (known) return known;
    const sec = this.sentences[i]!.section;
    let from = i;
    let to = i;
    while (from > 0 && this.sentences[from - 1]!.section === sec) from--;
    while (to + 1 < this.sentences.length && this.sentences[to + 1]!.section === sec) to++;
    const run = { firstLink: -1, lastLink: -1, lastList: -1 };
    for (let j = from; j <= to; j++) {
      if (this.sentences[j]!.kind === 'list') run.lastList = j;
      if (this.has(j, this.t.purposeLink)) {
        if (run.firstLink === -1) run.firstLink = j;
        run.lastLink = j;
      }
    }
    for (let j = from; j <= to; j++) this.runs.set(j, run);
    return run;
  }

  /**
   * Sentences of the same section as `sentence` (its own text, not subsections; before the
   * first heading, its block). Sentences are in document order, so the run around it is the section.
   */
  sectionSentences(sentence: number): Sentence[] {
    const own = this.sentences[sentence]!;
    const same = (s: Sentence): boolean => (own.section === -1 ? s.block === own.block : s.section === own.section);
    let from = sentence;
    let to = sentence;
    while (from > 0 && same(this.sentences[from - 1]!)) from--;
    while (to + 1 < this.sentences.length && same(this.sentences[to + 1]!)) to++;
    return this.sentences.slice(from, to + 1);
  }
}

/** The topics before the first heading. */
const NO_TOPICS: ReadonlySet<Topic> = new Set<Topic>();

/** The key of the flag "no letter beyond the Latin blocks" (see FlagMemo). */
const LATIN = Object.freeze({ question: 'latin' });

/** Whether the matcher also remembers negations (a document's memo does). */
function isNegationMemo(matcher: Matcher): matcher is Matcher & NegationMemo {
  return typeof (matcher as Partial<NegationMemo>).negated === 'function';
}

/** Whether the matcher also remembers the prefilter's findings (a document's memo does). */
function isScanMemo(matcher: Matcher): matcher is Matcher & ScanMemo {
  return typeof (matcher as Partial<ScanMemo>).clauses === 'function';
}

const openingQuestions = new WeakMap<readonly string[], object>();
/** The key of the flag "opens with a cue of this list" (see FlagMemo), one per cue list. */
function openingQuestion(cues: readonly string[]): object {
  let key = openingQuestions.get(cues);
  if (!key) openingQuestions.set(cues, (key = Object.freeze({ question: 'opens with' })));
  return key;
}

const rightListCache = new WeakMap<LanguageTable, readonly (readonly string[])[]>();
/** The table's lists of cues that name a right, including the right of Art. 22 (see hasAny). */
function rightLists(t: LanguageTable): readonly (readonly string[])[] {
  let lists = rightListCache.get(t);
  if (!lists) rightListCache.set(t, (lists = [...Object.values(t.rights.named), t.automatedRight]));
  return lists;
}

const describedListCache = new WeakMap<LanguageTable, readonly (readonly string[])[]>();
/** The table's lists of cues that describe a right in the reader's words (`rights.described`), made once per table. */
function describedLists(t: LanguageTable): readonly (readonly string[])[] {
  let lists = describedListCache.get(t);
  if (!lists) describedListCache.set(t, (lists = Object.values(t.rights.described)));
  return lists;
}

/**
 * The last `n` words of text[from .. to) after its last clause boundary (, ; : or a bracket),
 * joined by single spaces: what `slice`, `split` on the boundaries, `trim`, `split(/\s+/)`,
 * `slice(-n)` and `join(' ')` give, without the arrays and strings they make (negatedAt is asked
 * of every mention of a legal basis and a right).
 */
export function lastWords(text: string, from: number, to: number, n: number): string {
  const boundary = boundaryBefore(text, to, from);
  const start = boundary === -1 ? from : boundary + 1;
  // Words read from the end: [wordStart, wordEnd) pairs, last word first.
  let out = '';
  let count = 0;
  let i = to;
  while (count < n) {
    while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i === start) break;
    const end = i;
    while (i > start && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    out = count === 0 ? text.slice(i, end) : `${text.slice(i, end)} ${out}`;
    count++;
  }
  return out;
}

/** Where the last clause boundary (, ; : or a bracket) in text[from .. to) stands, or -1. */
export function boundaryBefore(text: string, to: number, from = 0): number {
  for (let i = to - 1; i >= from; i--) if (isClauseBoundary(text.charCodeAt(i))) return i;
  return -1;
}

/** , ; : ( ) */
function isClauseBoundary(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41;
}

/** How many words after a mention may stand before a negation that ends its sentence (see negatedAtEnd). */
const FINAL_WORDS = 10;

/** What may follow the last word of a clause: spaces, a full stop, quotes, a closing bracket. */
const CLAUSE_TAIL = /[\s.!?…"“”»«)]/u;

/** How many words after a mention are read for a negation that follows it (see negatedAfter). */
const AFTER_WORDS = 4;

/** The first `n` words of text[from .. to) before its first clause boundary (, ; : or a bracket), joined by single spaces. */
export function firstWords(text: string, from: number, to: number, n: number): string {
  let end = to;
  for (let i = from; i < to; i++) {
    if (isClauseBoundary(text.charCodeAt(i))) { end = i; break; }
  }
  const words = text.slice(from, end).trim();
  return words === '' ? '' : words.split(/\s+/).slice(0, n).join(' ');
}

/** Whether a UTF-16 code unit is white space as `\s` and `trim` read it. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many list lines before and after a basis are read for an item naming the purposes. */
const LIST_REACH = 12;

/** How far after a mention an interest link ("namely", "in") may start and end. */
const LINK_WINDOW = 200;

/** How far a bracketed citation after a mention may run. */
const BRACKET_WINDOW = 80;

/**
 * The text after a mention with the bracket around or after it skipped: `after` past the
 * brackets it opens with ("(Art. 6(1)(f) GDPR) in ..."), or, when `before` left a bracket open
 * (the mention is inside it), past the bracket that closes it (" DSGVO) an ..."). Nested
 * brackets are followed; without such a bracket within reach, `after` comes back unchanged.
 */
export function afterBrackets(before: string, after: string): string {
  const open = /^\s*\(/.exec(after);
  let depth: number;
  let i: number;
  if (open) {
    depth = 0;
    i = open[0].length - 1;
  } else if (before.lastIndexOf('(') > before.lastIndexOf(')')) {
    depth = 1;
    i = 0;
  } else return after;
  for (const end = Math.min(after.length, BRACKET_WINDOW); i < end; i++) {
    const ch = after[i];
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return after.slice(i + 1);
  }
  return after;
}

/** `text` without its bracketed parts (an unclosed bracket runs to the end). */
function withoutBrackets(text: string): string {
  return text.includes('(') ? text.replace(/\([^()]*(?:\)|$)/gu, ' ') : text;
}

/** Whether a text ends in a question mark (spaces after it aside), read in place. */
function endsInQuestion(text: string): boolean {
  let end = text.length - 1;
  while (end > 0 && text.charCodeAt(end) === 32) end--;
  return text.charCodeAt(end) === 63;
}

/** Whether the text before a mention in a list line is a label of two words or more and its colon ("- **Sending our newsletter**: "). */
function labelledItem(before: string): boolean {
  const label = /^\s*(?:[-*+•·▪◦‣●○■□➢➤►→✓✔]|\d{1,2}[.)]|\(?[a-z]\))\s+([^:]{1,80}):[\s*_]*$/u.exec(before);
  return label !== null && wordsAtLeast(2, label[1]!);
}

/** Whether `texts` hold at least `n` words (runs of letters and digits) together, counting no further than needed. */
function wordsAtLeast(n: number, ...texts: string[]): boolean {
  let count = 0;
  for (const text of texts) {
    const word = /[\p{L}\p{N}]+/gu;
    while (word.exec(text) !== null) if (++count >= n) return true;
  }
  return false;
}

/** Drops a leading list marker and a leading "Label:" so a sentence's subject comes first. */
export function stripLead(text: string): string {
  return text.replace(/^\s*(?:[-*+•·▪◦‣●○■□➢➤►→✓✔]|\d{1,2}[.)])\s+/u, '').replace(/^[^:.!?]{1,60}:[*_]*\s+/u, '');
}

