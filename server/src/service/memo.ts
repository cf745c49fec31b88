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
import { countWords, LANGUAGE_SAMPLE, languageOf, type WordCounts } from './language';
import type { DetectedLanguage } from './analysis';
import type { BlockMemo, ChunkBlocks } from './document';
import type { CueIndex, ScanMemo } from './cueIndex';

/** The matcher's questions about a text, as the Context asks them. */
export interface Matcher {
  /** `latin`, when the caller knows it: whether the text holds no letter beyond the Latin blocks (match.ts, latinText). */
  first(cues: readonly string[], text: string, latin?: boolean): Hit | undefined;
  all(cues: readonly string[], text: string, latin?: boolean): readonly Hit[];
  has(cues: readonly string[], text: string, latin?: boolean): boolean;
}

/** The functions of match.ts themselves: every question is answered afresh. */
export const PLAIN_MATCHER: Matcher = Object.freeze({
  first: (cues: readonly string[], text: string, latin?: boolean) => firstMatch(cues, text, 0, latin),
  all: (cues: readonly string[], text: string, latin?: boolean) => allMatches(cues, text, latin),
  has: (cues: readonly string[], text: string, latin?: boolean) => firstMatch(cues, text, 0, latin) !== undefined,
});

/** The answers known about one text: per cue list, its first match (null: none) and all its matches. */
interface Answers {
  first?: Map<readonly string[], Hit | null>;
  all?: Map<readonly string[], readonly Hit[]>;
}

/** A document's remembered answers, carried from one version's analysis to the next. */
export class AnalysisMemo implements Matcher, BlockMemo, ScanMemo {
  /** Answers of the previous generation, taken over when asked again. */
  private previous = new Map<string, Answers>();
  private current = new Map<string, Answers>();
  /** The function words of each line of the last language sample. */
  private previousLines = new Map<string, WordCounts>();

  /** Whether the analysis of the current generation ran to its end (see nextGeneration). */
  private complete = true;

  /**
   * Starts the analysis of a new version: what it does not ask about again is forgotten after
   * it. When the last analysis was given up before its end (its version was superseded), what it
   * asked joins the answers of the one before, rather than replacing them: it asked about only
   * part of the text.
   */
  nextGeneration(): void {
    if (this.complete) {
      this.previous = this.current;
      this.previousChunks = this.currentChunks;
      this.previousClauses = this.currentClauses;
      this.previousEnds = this.currentEnds;
    } else {
      for (const [text, ends] of this.currentEnds) this.previousEnds.set(text, ends);
      for (const [text, answers] of this.current) this.previous.set(text, answers);
      for (const [source, blocks] of this.currentChunks) this.previousChunks.set(source, blocks);
      for (const [text, clauses] of this.currentClauses) this.previousClauses.set(text, clauses);
    }
    this.current = new Map();
    this.currentChunks = new Map();
    this.currentClauses = new Map();
    this.currentEnds = new Map();
    this.complete = false;
  }

  /** Marks the current generation's analysis as run to its end. */
  completed(): void {
    this.complete = true;
  }

  /** The Markdown blocks of parts of the text (document.ts), of the previous and the current version. */
  private previousChunks = new Map<string, ChunkBlocks>();
  private currentChunks = new Map<string, ChunkBlocks>();

  chunk(source: string, parse: (source: string) => ChunkBlocks): ChunkBlocks {
    let blocks = this.currentChunks.get(source) ?? this.previousChunks.get(source);
    if (!blocks) blocks = parse(source);
    this.currentChunks.set(source, blocks);
    return blocks;
  }

  /** The sentence ends of paragraphs by their text (document.ts), of the previous and the current version. */
  private previousEnds = new Map<string, Int32Array>();
  private currentEnds = new Map<string, Int32Array>();

  sentenceEnds(text: string, split: (text: string) => Int32Array): Int32Array {
    let ends = this.currentEnds.get(text) ?? this.previousEnds.get(text);
    if (!ends) ends = split(text);
    this.currentEnds.set(text, ends);
    return ends;
  }

  /** The prefilter's clauses found per sentence text (cueIndex.ts), of the previous and the current version, for `clauseIndex`. */
  private previousClauses = new Map<string, Int32Array>();
  private currentClauses = new Map<string, Int32Array>();
  private clauseIndex?: CueIndex;

  clauses(index: CueIndex, text: string): Int32Array | undefined {
    if (index !== this.clauseIndex) return undefined;
    const found = this.currentClauses.get(text) ?? this.previousClauses.get(text);
    if (found) this.currentClauses.set(text, found);
    return found;
  }

  setClauses(index: CueIndex, text: string, clauses: Int32Array): void {
    // Another language's index numbers its clauses otherwise: what was found for the old one is dropped.
    if (index !== this.clauseIndex) {
      this.clauseIndex = index;
      this.previousClauses = new Map();
      this.currentClauses = new Map();
    }
    this.currentClauses.set(text, clauses);
  }

  /** How many texts the memo holds answers for (for tests). */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  private answers(text: string): Answers {
    let a = this.current.get(text);
    if (!a) {
      a = this.previous.get(text) ?? {};
      this.current.set(text, a);
    }
    return a;
  }

  first(cues: readonly string[], text: string, latin?: boolean): Hit | undefined {
    const a = this.answers(text);
    const known = a.first?.get(cues);
    if (known !== undefined) return known ?? undefined;
    // What `all` found answers `first` too: its first hit is the first match.
    const hits = a.all?.get(cues);
    const hit = hits ? hits[0] : firstMatch(cues, text, 0, latin);
    (a.first ??= new Map()).set(cues, hit ?? null);
    return hit;
  }

  all(cues: readonly string[], text: string, latin?: boolean): readonly Hit[] {
    const a = this.answers(text);
    let hits = a.all?.get(cues);
    if (!hits) (a.all ??= new Map()).set(cues, (hits = allMatches(cues, text, latin)));
    return hits;
  }

  has(cues: readonly string[], text: string, latin?: boolean): boolean {
    return this.first(cues, text, latin) !== undefined;
  }

  /**
   * detectLanguage(text), from the function words of each line of its sample, remembered per
   * line: an edit re-counts the lines it changed. `lineStarts` are the text's line starts (the
   * folded text has no line breaks left, but no word spans one).
   */
  language(text: string, lineStarts: readonly number[]): DetectedLanguage {
    const previous = this.previousLines;
    const current = new Map<string, WordCounts>();
    const parts: WordCounts[] = [];
    const sampleEnd = Math.min(text.length, LANGUAGE_SAMPLE);
    for (let i = 0; i < lineStarts.length && lineStarts[i]! < sampleEnd; i++) {
      const line = text.slice(lineStarts[i], Math.min(sampleEnd, lineStarts[i + 1] ?? sampleEnd));
      let counts = current.get(line) ?? previous.get(line);
      if (!counts) counts = countWords(line);
      current.set(line, counts);
      parts.push(counts);
    }
    this.previousLines = current;
    return languageOf(parts);
  }
}
