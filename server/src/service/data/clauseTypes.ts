/**
 * The contract between the clause tables (data/clauses/<lang>.ts, rendered by clauses.ts) and
 * their users: quick fixes (codeActions.ts), completions (completion.ts) and the generated
 * VS Code snippets. One source of clause text for all three.
 *
 * A clause is format-neutral: inline emphasis is written `**like this**` (the plain-text
 * renderer drops the asterisks), and a placeholder the author must fill is written in square
 * brackets in the notice's language (`[retention period]`, `[bewaartermijn]`). Facts the notice
 * states (the controller's name, its contact details) are filled in before the clause is
 * returned, so a placeholder appears only where the notice cannot tell.
 */
import type { AuthorityId } from './authorities';

export type ClauseBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export interface Clause {
  /** Heading of a new section for the clause ("Your right to object"), without markup. */
  readonly title: string;
  /** Body of that new section. */
  readonly blocks: readonly ClauseBlock[];
  /**
   * What to add to an existing section on the topic: one list item (without its bullet
   * marker) when the section is a list, else one paragraph. E.g. a missing right added to
   * the rights list.
   */
  readonly item: string;
  /** `item` is an entry of a list of rights: it may join a rights section's list (else it is a paragraph). */
  readonly entry?: boolean;
}

/** What a notice states about itself, used to fill clauses. Absent facts become placeholders. */
export interface NoticeFacts {
  /** The controller's name as the notice gives it ("Acme B.V."). */
  readonly controller?: string;
  /** The controller's privacy contact: an e-mail address, else a postal address or a web form. */
  readonly contact?: string;
  /** The supervisory authority the notice's jurisdiction points to. */
  readonly authority?: AuthorityId;
  /**
   * The date to give as the notice's last update, written as the notice's language writes dates
   * ("22 November 2026", "22 november 2026"): the day the clause is drafted, since inserting it
   * updates the notice. Absent: a `[date]` placeholder.
   */
  readonly date?: string;
}
