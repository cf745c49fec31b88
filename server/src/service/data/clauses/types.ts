/**
 * The shape of a clause table: every clause Policy Author can draft in one language, written as
 * templates. One table per language; quick fixes, completions and the VS Code snippets all
 * render from these tables (see clauses.ts), so a clause is worded in exactly one place.
 *
 * Template syntax, inside any text of a clause:
 * - `{controller}`, `{contact}`, `{date}`: facts the notice states (NoticeFacts), replaced by the notice's
 *   own words, or by the table's placeholder for that slot when the notice does not tell.
 * - `{complaint}`: the table's complaint sentence for the notice's supervisory authority, itself
 *   a template with `{authorityName}` and `{authorityWebsite}`.
 * - `[words]`: a placeholder the author fills in, in the notice's language. A tab stop in a snippet.
 * - `[[a|b|c]]`: the author chooses one of a few wordings. A choice in a snippet; in a drafted
 *   clause it reads `[a / b / c]`, a placeholder like any other.
 * - `**words**`: emphasis (kept in Markdown, dropped in plain text).
 */
import { CATALOGUE, RULE_IDS, type RuleId } from '../../catalogue';
import type { AuthorityId } from '../authorities';
import type { ClauseBlock, NoticeFacts } from '../clauseTypes';
import type { Lang } from '../types';

/** The quality checks: a problem in the text, never a missing item. */
type QualityId = 'vague-retention' | 'implied-consent' | 'outdated-reference' | 'basis-without-purpose';

/** The rule ids of items a notice can lack. */
export type MissingId = Exclude<RuleId, QualityId>;

/** Every completeness check of the catalogue, in catalogue order (derived, so a new check needs a clause in every table). */
export const MISSING_IDS: readonly MissingId[] = RULE_IDS.filter((id): id is MissingId => CATALOGUE[id].kind !== 'quality');

/** Quality findings for which a compliant rewording is offered. */
export const REWRITE_IDS = ['implied-consent', 'vague-retention'] as const satisfies readonly RuleId[];

export type RewriteId = (typeof REWRITE_IDS)[number];

/** Clauses offered as snippets and completions that answer no single rule. */
export const EXTRA_KEYS = [
  'rights-all',
  'complaint-nl',
  'complaint-be',
  'complaint-uk',
  'complaint-eu',
  'retention-fixed',
  'retention-criteria',
  'retention-statutory',
  'legal-basis-table',
  'controller-contact',
  'transfers-scc',
  'transfers-adequacy',
  'consent',
] as const;

export type ExtraKey = (typeof EXTRA_KEYS)[number];

/**
 * The items each snippet-only clause answers, and each rewrite: a placeholder they write
 * ("[number] [months / years]") stands for those items' facts, and for no other item's
 * (see placeholders.ts). A clause that answers a missing item answers the item it is keyed by.
 */
export const EXTRA_ANSWERS: Readonly<Record<ExtraKey, readonly MissingId[]>> = {
  'rights-all': ['right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-object', 'right-portability', 'right-complaint', 'right-withdraw-consent'],
  'complaint-nl': ['right-complaint'],
  'complaint-be': ['right-complaint'],
  'complaint-uk': ['right-complaint'],
  'complaint-eu': ['right-complaint'],
  'retention-fixed': ['retention'],
  'retention-criteria': ['retention'],
  'retention-statutory': ['retention'],
  'legal-basis-table': ['purposes', 'legal-basis', 'data-categories', 'retention'],
  'controller-contact': ['controller-identity'],
  'transfers-scc': ['transfer-safeguards', 'transfers-statement', 'recipients'],
  'transfers-adequacy': ['transfer-safeguards', 'transfers-statement', 'recipients'],
  consent: ['legal-basis', 'right-withdraw-consent'],
};

export const REWRITE_ANSWERS: Readonly<Record<RewriteId, readonly MissingId[]>> = {
  'implied-consent': ['legal-basis', 'right-withdraw-consent', 'cookies'],
  'vague-retention': ['retention'],
};

/** A table in a clause (the legal-basis table): Markdown renders a table, plain text a list. */
export interface TableBlock {
  readonly kind: 'table';
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export type TemplateBlock = ClauseBlock | TableBlock;

/** How a clause appears in the snippet and completion lists. */
export interface CatalogueText {
  /** The snippet prefix and completion filter word ("gdpr-right-object", "avg-recht-bezwaar"). */
  readonly prefix: string;
  /** Short name in the completion list ("Right to object"). */
  readonly label: string;
  /** One line on what the clause says and which article it answers. */
  readonly description: string;
}

/** A clause that answers a missing item: new-section form (title, blocks) and add-to-section form (item). */
export interface RuleClause extends CatalogueText {
  readonly title: string;
  readonly blocks: readonly ClauseBlock[];
  readonly item: string;
  /**
   * The item is one entry of a list of rights ("**Right to object** (Article 21 GDPR): ..."),
   * so in a rights section that lists the rights it joins that list. Any other item is a
   * paragraph and is never written into a list.
   */
  readonly entry?: boolean;
}

/** A snippet-only clause; it may hold a table and may fix the supervisory authority it names. */
export interface ExtraClause extends CatalogueText {
  readonly title: string;
  readonly blocks: readonly TemplateBlock[];
  readonly item: string;
  /** The authority `{complaint}` names in this clause, whatever the notice's jurisdiction. */
  readonly authority?: AuthorityId;
}

/** Cues that point a notice at a supervisory authority, tried in order; the first found wins. */
export interface JurisdictionCue {
  readonly authority: NonNullable<NoticeFacts['authority']>;
  /** Cue sources (see data/types.ts), matched against the notice's folded text. */
  readonly cues: readonly string[];
}

export interface ClauseTable {
  readonly lang: Lang;
  /** What stands in a clause when the notice does not state the fact. */
  readonly slots: {
    readonly controller: string;
    readonly contact: string;
    readonly date: string;
  };
  /**
   * The complaint sentence(s) per kind of authority: `named` for a national authority named by
   * `{authorityName}` and `{authorityWebsite}`, `uk` for the ICO (the UK GDPR), `eu` when the
   * notice's jurisdiction is unknown (Art. 77(1): where the reader lives, works or the
   * infringement took place).
   */
  readonly complaint: {
    readonly named: string;
    readonly uk: string;
    readonly eu: string;
  };
  readonly rules: Readonly<Record<MissingId, RuleClause>>;
  /** A compliant rewording of the sentence a quality finding flags, as one paragraph. */
  readonly rewrites: Readonly<Record<RewriteId, string>>;
  readonly extras: Readonly<Record<ExtraKey, ExtraClause>>;
  /** How a notice in this language shows its supervisory authority, and the authority when it does not. */
  readonly jurisdiction: {
    readonly cues: readonly JurisdictionCue[];
    readonly fallback: NonNullable<NoticeFacts['authority']>;
  };
  /** Words that introduce the short name a notice gives its controller ("hereinafter", "hierna"), for noticeFacts. */
  readonly aliasIntro: readonly string[];
  /**
   * The diagnostic on a placeholder a drafted clause left in the notice, with {placeholder}:
   * a reminder to fill it in before publishing.
   */
  readonly unfilled: string;
  /** BCP 47 locale for writing today's date as the last update ("en-GB": 22 November 2026). */
  readonly dateLocale: string;
}
