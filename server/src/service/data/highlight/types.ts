/**
 * The shape of a highlighting table: phrases the syntax grammar marks that neither the checks
 * nor the hovers need as cues of their own. Legal bases, named rights and durations come from
 * the language table (data/<lang>.ts) and article references from the hovers' citation syntax
 * (data/hovers/<lang>.ts), so the grammar marks what the checks and hovers recognise.
 * Cues follow the syntax of data/types.ts (a space matches any whitespace, word boundaries added).
 */
export interface HighlightTable {
  /** Rights the language table names only as parts of other cues: the right to complain (Art. 77). */
  readonly rights: readonly string[];
}
