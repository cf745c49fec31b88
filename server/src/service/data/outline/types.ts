/**
 * The shape of an outline table: the short words an outline symbol's detail uses to name the
 * checklist items a section covers ("rights · Art. 15–21"). One table per language.
 */
import type { RuleId } from '../../catalogue';

export interface OutlineTable {
  /**
   * A short label per item, a word or two. Items that a reader thinks of together share a
   * label (every right is "rights"), so a section on rights reads as one label, not six.
   */
  readonly labels: Readonly<Record<RuleId, string>>;
  /** Formats a list of article spans ("15–21", "77") as this language cites them ("Art. 15–21, 77"). */
  readonly articles: (spans: readonly string[]) => string;
  /** Shown after the labels when some are left out for length, with {count}. */
  readonly more: string;
  /**
   * Words (lower case, whole words) that make a line the start of a sentence a list below it
   * finishes ("We collect the following data" over "- Name", "- Address"), so that the line is
   * read as text and not as the heading of the list, even without a closing colon. Words that
   * announce what follows; a heading names its subject and has none of them.
   */
  readonly listLeadIns: readonly string[];
  /**
   * Words (lower case, whole words) a heading never ends on, because the sentence goes on after
   * them: an infinitive marker, an article, a conjunction, a possessive ("We use your data to"
   * over a list, a line of wrapped text ending in "the"). Not the prepositions English headings
   * can end on ("Who we share your data with").
   */
  readonly runOnEnds: readonly string[];
  /**
   * Words (lower case, whole words) that make a short line ending in a colon a remark that opens
   * the paragraph below it ("Please note:"), not a heading over it ("Your rights:").
   */
  readonly remarks: readonly string[];
}
