/**
 * The shape of a hover table: what the hovers of one language say about the GDPR's legal bases,
 * the reader's rights and its articles, and how notices in that language cite an article. Like
 * the language tables (../types.ts), it is data: hover.ts contains no words of any language.
 *
 * Texts are Markdown fragments in plain words for a reader who may be a lawyer but need not be.
 * `{law}` in a text is replaced by the regulation's short name in the language ("GDPR", "AVG").
 */
import type { RuleId } from '../../catalogue';
import type { Basis, Lang, Right } from '../types';

/** The rights a hover explains: the six of Arts. 15-21 the language tables name, plus withdrawal of consent and the complaint. */
export type HoverRight = Right | 'withdraw-consent' | 'complaint';

export const HOVER_RIGHTS: readonly HoverRight[] = ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability', 'withdraw-consent', 'complaint'];

/** A provision cited inside a hover: article, paragraph, point. */
export interface Provision {
  readonly article: number;
  readonly paragraph?: number;
  readonly point?: string;
}

/** Something a notice must also say once it relies on a ground, and the checklist item that tells whether it does. */
export interface Consequence {
  /** The checklist item whose finding answers "does this notice say it?". */
  readonly rule: RuleId;
  /** What the notice must say, completing "The notice must then also say …". */
  readonly text: string;
}

/** One legal ground of Art. 6(1). */
export interface GroundHover {
  /** Its name ("Consent"). */
  readonly title: string;
  /** The point of Art. 6(1) it is. */
  readonly provision: Provision;
  /** What the ground requires, in one to three sentences. */
  readonly requires: string;
  /** What the notice must say because it relies on this ground. */
  readonly consequences: readonly Consequence[];
}

/** One right of the reader. */
export interface RightHover {
  /** Its name ("Right to erasure"). */
  readonly title: string;
  /** The article that grants it, linked to EUR-Lex. */
  readonly provision: Provision;
  /** The checklist item whose finding tells whether the notice mentions the right. */
  readonly rule: RuleId;
  /** What the right gives the reader. */
  readonly gives: string;
  /** Its limits and exceptions. */
  readonly limits: string;
  /** How and when the controller must answer. */
  readonly answer: string;
}

/** What one article says, with the paragraphs and points a hover can name. */
export interface ArticleHover {
  /** The article's official heading in this language. */
  readonly title: string;
  /** What the article says, in one or two sentences. */
  readonly summary: string;
  /**
   * Paragraphs and points, keyed "1", "1(a)", "2(c)": what that part says, in a sentence
   * (Art. 6(1)(f) is "1(f)"; a numbered definition of Art. 4, such as 4(11), is "11").
   */
  readonly parts?: Readonly<Record<string, string>>;
}

/**
 * How notices in a language cite an article of the regulation. Each pattern is the source of a
 * regular expression (matched case-insensitively with Unicode semantics against folded text,
 * see ../types.ts) with named groups:
 * - `article` (required): the article number;
 * - `to`: the last article of a range ("Articles 15 to 22");
 * - a name starting with `paragraph`: the paragraph number (several such groups may stand in
 *   alternatives, as a pattern cannot repeat a group name), or with `ordinal`: an ordinal word
 *   from `ordinals` ("eerste lid");
 * - a name starting with `point`: the point's letter.
 * The law's name, when it follows, is matched separately by `lawName`.
 */
export interface CitationSyntax {
  readonly patterns: readonly string[];
  /** Ordinal words for paragraphs ("eerste" → 1). */
  readonly ordinals: Readonly<Record<string, number>>;
  /** What may follow a reference to name the regulation (" GDPR", " of the GDPR", ", AVG"), anchored at the reference's end. */
  readonly lawName: string;
  /** What may follow a reference to name another instrument (" of the Data Protection Act", " BW", " of our terms"): not the GDPR. */
  readonly otherLaw: string;
}

/** The words of the hover's frame: headings, status lines, link labels. */
export interface HoverLabels {
  /** "The notice must then also say" */
  readonly mustAlsoSay: string;
  /** "This notice" */
  readonly thisNotice: string;
  /** Status when the notice says it: "says it" */
  readonly does: string;
  /** Status when it does not: "does not say it yet" */
  readonly doesNot: string;
  /** "What it gives" */
  readonly gives: string;
  /** "Limits" */
  readonly limits: string;
  /** "How to answer" */
  readonly answer: string;
  /** Link text with {cite}: "{cite} on EUR-Lex" */
  readonly onEurLex: string;
  /** "line {line}" */
  readonly line: string;
  /** Heading hover: "This section covers" */
  readonly covers: string;
  /** Heading hover: "Belongs here but is missing" */
  readonly missingHere: string;
  /** Heading hover: "Its subsections cover" (items found only in the section's subsections). */
  readonly subsectionsCover: string;
  /** After an item its subsections cover, with {title}: "under “{title}”". */
  readonly underSection: string;
  /** Heading hover, after an item that only the section's heading names (its text says no more of it): "named in its heading". */
  readonly namedInHeading: string;
  /** Heading hover, after an item that only a subsection's heading names, with {title}: "named in the heading “{title}”". */
  readonly namedInSubheading: string;
  /** Heading hover when it covers nothing: a sentence. */
  readonly coversNothing: string;
  /** Heading hover title with {title}: "Section “{title}”" */
  readonly section: string;
  /** Title of the general legal-basis hover ("Legal basis"). */
  readonly legalBasis: string;
  /** The general legal-basis hover: why a basis is needed, what the notice must say. */
  readonly legalBasisText: string;
  /** "Grounds this notice relies on" */
  readonly groundsHere: string;
  /** When the notice names no ground. */
  readonly noGroundsHere: string;
  /** "Articles {from} to {to}" heading for a range. */
  readonly articleRange: string;
  /** The article of a known number but without text here (shown with the title only, never invented). */
  readonly articleUnknown: string;
  /** A quotation from the notice, with {text}: typographic quotes of the language. */
  readonly quote: string;
  /** How a numbered definition of Art. 4 is cited, with {n} ("Art. 4(11)", "art. 4 punt 11"): Art. 4 has points, not paragraphs. */
  readonly definition: string;
  /**
   * What joins a label to what follows it, where the language's typography differs from ":"
   * (French puts a no-break space before the colon: "Limites :"). Absent means ":".
   */
  readonly colon?: string;
}

export interface HoverTable {
  readonly lang: Lang;
  readonly labels: HoverLabels;
  readonly grounds: Readonly<Record<Basis, GroundHover>>;
  readonly rights: Readonly<Record<HoverRight, RightHover>>;
  /** Words for the legal basis as such ("legal basis", "grondslag") that get the general hover. */
  readonly basisTerms: readonly string[];
  /**
   * Extra wordings that name a ground on their own, beyond the language table's cues (which
   * often need context to count as the notice relying on the ground): "consent", "toestemming".
   */
  readonly groundTerms: Readonly<Partial<Record<Basis, readonly string[]>>>;
  /** Extra wordings that name a right on their own, beyond the language table's named cues. */
  readonly rightTerms: Readonly<Partial<Record<HoverRight, readonly string[]>>>;
  readonly articles: Readonly<Record<number, ArticleHover>>;
  readonly citation: CitationSyntax;
}
