/**
 * The shape of a highlighting table: phrases the syntax grammar marks that the checks do not
 * need as cues of their own. Legal bases, named rights and durations come from the language
 * table (data/<lang>.ts), so the grammar and the checks recognise the same words.
 * Cues follow the syntax of data/types.ts (a space matches any whitespace, word boundaries added).
 */
export interface HighlightTable {
  /**
   * The pieces of an article reference. The grammar joins the pieces of every language into
   * one pattern (word, number, parts, more numbers, law), so a reference is marked whole
   * whichever language's pieces it mixes: "art. 6 lid 1 sub f AVG", "Art. 6(1)(f) GDPR".
   */
  readonly article: {
    /** The word for article, without a full stop ("Art", "Article", "artikel"). */
    readonly word: readonly string[];
    /** A paragraph or point after the number ("\\(1\\)", "lid \\d{1,2}", "sub [a-z]"). */
    readonly part: readonly string[];
    /** What joins two article numbers ("and", "to", "t/m"). */
    readonly join: readonly string[];
    /** The regulation's names, with the words that may lead to them ("of the GDPR", "van de AVG"). */
    readonly law: readonly string[];
  };
  /** Rights the language table names only as parts of other cues: the right to complain (Art. 77). */
  readonly rights: readonly string[];
}
