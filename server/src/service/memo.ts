/**
 * What an edit leaves unchanged need not be read again. A document being edited keeps a memo of
 * the cue matcher's answers (first match, all matches) per cue list and text, of the function
 * words of each line (for its language) and of the Markdown blocks of each part of it; the next
 * version's analysis asks the memo first, so after a keystroke only the sentences, the line and
 * the part the keystroke changed are read again.
 *
 * The answers are those of the pure functions in match.ts and language.ts for the same
 * arguments, so an analysis with a memo finds exactly what one without finds (a test holds it
 * to that over random edits). Only the texts asked about while analysing the latest version are
 * kept: each analysis starts a new generation, and answers not asked for again are dropped.
 */
import { all as allMatches, first as firstMatch, type Hit } from './match';
import { countWords, LANGUAGE_SAMPLE, type WordCounts } from './language';
import type { BlockMemo, ChunkBlocks, DocumentModel, ModelState } from './document';
import type { CueIndex, ScanMemo } from './cueIndex';

/**
 * The matcher's questions about a text, as the Context asks them. `kind`, when the caller knows
 * it: what the text is (match.ts: LATIN, PLAIN). `using`: a list that finds in this text exactly
 * what `cues` finds, to search with (see listSplit).
 */
export interface Matcher {
  first(cues: readonly string[], text: string, kind?: number, using?: readonly string[]): Hit | undefined;
  all(cues: readonly string[], text: string, kind?: number, using?: readonly string[]): readonly Hit[];
  has(cues: readonly string[], text: string, kind?: number): boolean;
}

/** The functions of match.ts themselves: every question is answered afresh. */
export const PLAIN_MATCHER: Matcher = Object.freeze({
  first: (cues: readonly string[], text: string, kind?: number, using = cues) => firstMatch(using, text, 0, kind),
  all: (cues: readonly string[], text: string, kind?: number, using = cues) => allMatches(using, text, kind),
  has: (cues: readonly string[], text: string, kind?: number) => firstMatch(cues, text, 0, kind) !== undefined,
});

/**
 * The answers known about one text: per cue list, its first match (null: none) and all its
 * matches, flags and negations. One class, its fields always in one order, so that the code
 * reading them sees one kind of object (objects filled field by field as asked took a dozen shapes).
 * The Context keeps a sentence's answers for the whole analysis, so asking it a question costs a
 * lookup by cue list, not a lookup of the sentence's text first.
 */
export class TextAnswers {
  private firsts: Map<readonly string[], Hit | null> | undefined = undefined;
  private alls: Map<readonly string[], readonly Hit[]> | undefined = undefined;
  /** Per offset, whether a negation governs the words there, for the table `negationOf` (see `negated`). */
  private negations: Map<number, boolean> | undefined = undefined;
  private negationOf: object | undefined = undefined;
  /** Yes-or-no answers about the text, per question (see `flag`). */
  private flags: Map<object, boolean> | undefined = undefined;

  /** match.ts's `first(cues, text, 0, kind)`, remembered; `text` is the text these answers are about (`using` see Matcher). */
  first(cues: readonly string[], text: string, kind?: number, using = cues): Hit | undefined {
    const known = this.firsts?.get(cues);
    if (known !== undefined) return known ?? undefined;
    // What `all` found answers `first` too: its first hit is the first match.
    const hits = this.alls?.get(cues);
    const hit = hits ? hits[0] : firstMatch(using, text, 0, kind);
    (this.firsts ??= new Map()).set(cues, hit ?? null);
    return hit;
  }

  /** match.ts's `all(cues, text, kind)`, remembered. */
  all(cues: readonly string[], text: string, kind?: number, using = cues): readonly Hit[] {
    let hits = this.alls?.get(cues);
    if (!hits) (this.alls ??= new Map()).set(cues, (hits = allMatches(using, text, kind)));
    return hits;
  }

  /** See FlagMemo.flag. */
  flag(text: string, key: object, decide: (text: string) => boolean): boolean {
    let known = this.flags?.get(key);
    if (known === undefined) (this.flags ??= new Map()).set(key, (known = decide(text)));
    return known;
  }

  knownFlag(key: object): boolean | undefined {
    return this.flags?.get(key);
  }

  setFlag(key: object, value: boolean): void {
    (this.flags ??= new Map()).set(key, value);
  }

  /** See NegationMemo.negated. */
  negated(index: number, table: object, decide: () => boolean): boolean {
    // Another language's table reads negations otherwise: what was known for the old one is dropped.
    if (this.negationOf !== table) {
      this.negationOf = table;
      this.negations = new Map();
    }
    let known = this.negations!.get(index);
    if (known === undefined) this.negations!.set(index, (known = decide()));
    return known;
  }
}

const newAnswers = (): TextAnswers => new TextAnswers();

/** Remembers yes-or-no answers about texts (what the Context works out once per sentence). */
export interface FlagMemo {
  /**
   * `decide`'s answer about the text, remembered under `key`: an object that stands for the
   * question and everything else the answer depends on (a language table's cue list, say).
   */
  flag(text: string, key: object, decide: (text: string) => boolean): boolean;
  /** The answer remembered about the text under `key`, if any (`flag` without a function to make). */
  knownFlag(text: string, key: object): boolean | undefined;
  setFlag(text: string, key: object, value: boolean): void;
}

/** Remembers whether a negation governs the words at an offset of a text (Context.negatedAt). */
export interface NegationMemo {
  /** `decide`'s answer for the text, the offset and the language table, remembered. */
  negated(text: string, index: number, table: object, decide: () => boolean): boolean;
}

/**
 * What was worked out per text for the analyses of a document's versions. Each value notes the
 * last generation (the analysis of a version) that asked for it; a value not asked for by the
 * last analysis that ran to its end is dropped when the next one starts. One table serves all
 * generations, so a value asked for again costs one lookup and no new entry.
 *
 * The first text a value was made for stays its key: a text that is part of a larger string
 * keeps that string in memory while the value is kept, so the document model gives sentences
 * and titles an edit made texts of their own (document.ts).
 */
class Generations<V> {
  private readonly entries = new Map<string, { value: V; seen: number }>();
  private generation = 0;
  /** Values last asked for before this generation are dropped at the next `next`. */
  private keepFrom = 0;

  /** The value known for the text, now also the current generation's; undefined if none is. */
  get(text: string): V | undefined {
    const entry = this.entries.get(text);
    if (entry === undefined) return undefined;
    entry.seen = this.generation;
    return entry.value;
  }

  /** The value known for the text, else the one `make` works out, remembered. */
  getOrMake(text: string, make: (text: string) => V): V {
    const entry = this.entries.get(text);
    if (entry !== undefined) {
      entry.seen = this.generation;
      return entry.value;
    }
    const value = make(text);
    this.entries.set(text, { value, seen: this.generation });
    return value;
  }

  set(text: string, value: V): void {
    const entry = this.entries.get(text);
    if (entry !== undefined) {
      entry.value = value;
      entry.seen = this.generation;
    } else this.entries.set(text, { value, seen: this.generation });
  }

  /**
   * Starts a new generation. After a generation that ran to its end, what it did not ask for is
   * dropped; after one given up part way (`merge`), what the one before asked for is kept too.
   */
  next(merge: boolean): void {
    if (!merge) this.keepFrom = this.generation;
    this.generation++;
    const keepFrom = this.keepFrom;
    // forEach, not for-of: no [key, value] pair is made per entry.
    this.entries.forEach((entry, text, entries) => {
      if (entry.seen < keepFrom) entries.delete(text);
    });
  }

  clear(): void {
    this.entries.clear();
  }

  /** How many values it holds. */
  get size(): number {
    return this.entries.size;
  }
}

/** A document's remembered answers, carried from one version's analysis to the next. */
export class AnalysisMemo implements Matcher, BlockMemo, ScanMemo, NegationMemo, FlagMemo {
  /** The matcher's answers per text. */
  private readonly answered = new Generations<TextAnswers>();
  /** The model whose language sample was counted last, and the function words of each of its lines there. */
  private counted?: { readonly model: DocumentModel; readonly from: Int32Array; readonly to: Int32Array; readonly counts: readonly WordCounts[] };

  /** The last model built with this memo (document.ts). */
  previous?: ModelState;

  /** Whether the analysis of the current generation ran to its end (see nextGeneration). */
  private complete = true;

  /**
   * Starts the analysis of a new version: what it does not ask about again is forgotten after
   * it. When the last analysis was given up before its end (its version was superseded), what it
   * asked joins the answers of the one before, rather than replacing them: it asked about only
   * part of the text.
   */
  nextGeneration(): void {
    const merge = !this.complete;
    this.answered.next(merge);
    this.chunks.next(merge);
    this.ends.next(merge);
    this.found.next(merge);
    this.complete = false;
  }

  /** Marks the current generation's analysis as run to its end. */
  completed(): void {
    this.complete = true;
  }

  /** The Markdown blocks of parts of the text (document.ts). */
  private readonly chunks = new Generations<ChunkBlocks>();

  chunk(source: string, parse: (source: string) => ChunkBlocks): ChunkBlocks {
    return this.chunks.getOrMake(source, parse);
  }

  /** The sentence ends of paragraphs by their text (document.ts). */
  private readonly ends = new Generations<Int32Array>();

  sentenceEnds(text: string, split: (text: string) => Int32Array): Int32Array {
    return this.ends.getOrMake(text, split);
  }

  /** The cue lists the prefilter found each sentence text may match (cueIndex.ts), for `clauseIndex`. */
  private readonly found = new Generations<Int32Array>();
  private clauseIndex?: CueIndex;

  clauses(index: CueIndex, text: string): Int32Array | undefined {
    return index === this.clauseIndex ? this.found.get(text) : undefined;
  }

  setClauses(index: CueIndex, text: string, clauses: Int32Array): void {
    // Another language's index numbers its clauses otherwise: what was found for the old one is dropped.
    if (index !== this.clauseIndex) {
      this.clauseIndex = index;
      this.found.clear();
    }
    this.found.set(text, clauses);
  }

  /** How many texts the memo holds answers for (for tests). */
  get size(): number {
    return this.answered.size;
  }

  /**
   * The answers known about a text, kept for it: the same object for the same text as long as
   * the memo keeps it. A caller that asks many questions about one text (the Context, about each
   * sentence) fetches them once.
   */
  answers(text: string): TextAnswers {
    return this.answered.getOrMake(text, newAnswers);
  }

  first(cues: readonly string[], text: string, kind?: number, using?: readonly string[]): Hit | undefined {
    return this.answers(text).first(cues, text, kind, using);
  }

  all(cues: readonly string[], text: string, kind?: number, using?: readonly string[]): readonly Hit[] {
    return this.answers(text).all(cues, text, kind, using);
  }

  has(cues: readonly string[], text: string, kind?: number): boolean {
    return this.answers(text).first(cues, text, kind) !== undefined;
  }

  flag(text: string, key: object, decide: (text: string) => boolean): boolean {
    return this.answers(text).flag(text, key, decide);
  }

  knownFlag(text: string, key: object): boolean | undefined {
    return this.answers(text).knownFlag(key);
  }

  setFlag(text: string, key: object, value: boolean): void {
    this.answers(text).setFlag(key, value);
  }

  negated(text: string, index: number, table: object, decide: () => boolean): boolean {
    return this.answers(text).negated(index, table, decide);
  }

  /**
   * The function words of each line of the model's language sample (see sampleWords), remembered
   * per line: a line outside what the last edit changed (as buildModel found it) has the words it
   * had, and only the lines the edit touched are counted again. (The folded text has no line
   * breaks left, but no word spans one.)
   */
  lineCounts(model: DocumentModel): readonly WordCounts[] {
    if (this.counted?.model === model) return this.counted.counts;
    const text = model.folded;
    const lineStarts = model.lineStarts;
    const state = this.previous;
    const edit = state?.model === model ? state.edit : undefined;
    const before = edit && this.counted?.model === edit.from ? this.counted : undefined;
    const sampleEnd = Math.min(text.length, LANGUAGE_SAMPLE);
    let n = 0;
    while (n < lineStarts.length && lineStarts[n]! < sampleEnd) n++;
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    const counts: WordCounts[] = [];
    // Lines after the edit are the old ones, as many lines on.
    const lineShift = lineStarts.length - (edit ? edit.from.lineStarts.length : 0);
    for (let i = 0; i < n; i++) {
      const start = lineStarts[i]!;
      const end = Math.min(sampleEnd, lineStarts[i + 1] ?? sampleEnd);
      from[i] = start;
      to[i] = end;
      let known: WordCounts | undefined;
      if (before && edit) {
        let j = -1;
        let shift = 0;
        if (end <= edit.start) j = i;
        else if (start >= edit.newEnd) {
          j = i - lineShift;
          shift = edit.oldEnd - edit.newEnd;
        }
        if (j >= 0 && j < before.from.length && before.from[j] === start + shift && before.to[j] === end + shift) known = before.counts[j];
      }
      counts.push(known ?? countWords(text.slice(start, end)));
    }
    this.counted = { model, from, to, counts };
    return counts;
  }
}
