/**
 * The requirement catalogue: every checklist item of gdpr-requirements.md with what does not
 * depend on the notice's language (kind, default severity, the articles it rests on, the
 * topic of the section where a missing item belongs). Words in a language live in data/<lang>.ts.
 */

export const RULE_IDS = [
  'controller-identity',
  'purposes',
  'legal-basis',
  'data-categories',
  'recipients',
  'retention',
  'right-access',
  'right-rectification',
  'right-erasure',
  'right-restriction',
  'right-object',
  'right-portability',
  'right-complaint',
  'automated-decisions',
  'statutory-requirement',
  'right-withdraw-consent',
  'legitimate-interests',
  'transfer-safeguards',
  'dpo-contact',
  'data-sources',
  'last-updated',
  'cookies',
  'transfers-statement',
  'vague-retention',
  'implied-consent',
  'outdated-reference',
  'basis-without-purpose',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Notes: what is reported besides the checklist's items, each with an id of its own (a part written
 * in another language than the notice is checked in; a placeholder of a drafted clause not yet
 * filled in). Like a rule's id, a note's id is its diagnostics' code and can be named in
 * `policyAuthor.rules`, `--rule` and suppression comments.
 */
export const NOTE_IDS = ['other-language', 'unfilled-placeholder'] as const;

export type NoteId = (typeof NOTE_IDS)[number];

/** Every id a setting, an option or a suppression comment can name. */
export type CheckId = RuleId | NoteId;

/** `required`: always due; `conditional`: due when its condition holds; `practice`: good practice; `quality`: a problem in the text. */
export type RuleKind = 'required' | 'conditional' | 'practice' | 'quality';

export type Level = 'error' | 'warning' | 'information' | 'hint';

/**
 * The section topics a notice is organised by. A missing item is reported on the heading of
 * the section with its topic (falling back through `topics` in order), else on the title.
 */
export type Topic =
  | 'controller'
  | 'purposes'
  | 'legal-basis'
  | 'data'
  | 'recipients'
  | 'retention'
  | 'rights'
  | 'complaint'
  | 'automated'
  | 'transfers'
  | 'dpo'
  | 'sources'
  | 'cookies'
  | 'changes'
  | 'consent';

/** An article reference: the article number and the paragraph/point path within it. */
export interface ArticleRef {
  readonly article: number;
  readonly paragraph?: number;
  readonly point?: string;
}

export interface RuleSpec {
  readonly id: RuleId;
  readonly kind: RuleKind;
  readonly severity: Level;
  /** The GDPR provisions the item rests on, most specific first; the first is linked. */
  readonly articles: readonly ArticleRef[];
  /** Where a missing item belongs, best first. */
  readonly topics: readonly Topic[];
}

const a = (article: number, paragraph?: number, point?: string): ArticleRef => ({ article, paragraph, point });

/** The catalogue, in the order of gdpr-requirements.md. */
export const CATALOGUE: Readonly<Record<RuleId, RuleSpec>> = {
  'controller-identity': { id: 'controller-identity', kind: 'required', severity: 'error', articles: [a(13, 1, 'a'), a(14, 1, 'a')], topics: ['controller'] },
  purposes: { id: 'purposes', kind: 'required', severity: 'error', articles: [a(13, 1, 'c'), a(14, 1, 'c')], topics: ['purposes', 'legal-basis', 'data'] },
  'legal-basis': { id: 'legal-basis', kind: 'required', severity: 'error', articles: [a(13, 1, 'c'), a(6, 1)], topics: ['legal-basis', 'purposes'] },
  'data-categories': { id: 'data-categories', kind: 'required', severity: 'warning', articles: [a(14, 1, 'd')], topics: ['data', 'purposes'] },
  recipients: { id: 'recipients', kind: 'required', severity: 'error', articles: [a(13, 1, 'e'), a(14, 1, 'e')], topics: ['recipients', 'transfers'] },
  retention: { id: 'retention', kind: 'required', severity: 'error', articles: [a(13, 2, 'a'), a(14, 2, 'a')], topics: ['retention'] },
  'right-access': { id: 'right-access', kind: 'required', severity: 'error', articles: [a(13, 2, 'b'), a(15)], topics: ['rights'] },
  'right-rectification': { id: 'right-rectification', kind: 'required', severity: 'error', articles: [a(13, 2, 'b'), a(16)], topics: ['rights'] },
  'right-erasure': { id: 'right-erasure', kind: 'required', severity: 'error', articles: [a(13, 2, 'b'), a(17)], topics: ['rights'] },
  'right-restriction': { id: 'right-restriction', kind: 'required', severity: 'error', articles: [a(13, 2, 'b'), a(18)], topics: ['rights'] },
  'right-object': { id: 'right-object', kind: 'required', severity: 'error', articles: [a(13, 2, 'b'), a(21)], topics: ['rights'] },
  'right-portability': { id: 'right-portability', kind: 'required', severity: 'error', articles: [a(13, 2, 'b'), a(20)], topics: ['rights'] },
  'right-complaint': { id: 'right-complaint', kind: 'required', severity: 'error', articles: [a(13, 2, 'd'), a(77)], topics: ['complaint', 'rights', 'controller'] },
  'automated-decisions': { id: 'automated-decisions', kind: 'required', severity: 'warning', articles: [a(13, 2, 'f'), a(22)], topics: ['automated', 'purposes'] },
  'statutory-requirement': { id: 'statutory-requirement', kind: 'required', severity: 'warning', articles: [a(13, 2, 'e')], topics: ['data', 'purposes'] },
  'right-withdraw-consent': { id: 'right-withdraw-consent', kind: 'conditional', severity: 'error', articles: [a(13, 2, 'c'), a(7, 3)], topics: ['consent', 'rights', 'legal-basis'] },
  'legitimate-interests': { id: 'legitimate-interests', kind: 'conditional', severity: 'error', articles: [a(13, 1, 'd'), a(6, 1, 'f')], topics: ['legal-basis', 'purposes'] },
  'transfer-safeguards': { id: 'transfer-safeguards', kind: 'conditional', severity: 'error', articles: [a(13, 1, 'f'), a(46)], topics: ['transfers', 'recipients'] },
  'dpo-contact': { id: 'dpo-contact', kind: 'conditional', severity: 'warning', articles: [a(13, 1, 'b'), a(37)], topics: ['dpo', 'controller'] },
  'data-sources': { id: 'data-sources', kind: 'conditional', severity: 'warning', articles: [a(14, 2, 'f')], topics: ['sources', 'data'] },
  'last-updated': { id: 'last-updated', kind: 'practice', severity: 'information', articles: [a(12, 1)], topics: ['changes'] },
  cookies: { id: 'cookies', kind: 'practice', severity: 'warning', articles: [a(6, 1, 'a'), a(7)], topics: ['cookies'] },
  'transfers-statement': { id: 'transfers-statement', kind: 'practice', severity: 'information', articles: [a(13, 1, 'f')], topics: ['transfers', 'recipients'] },
  'vague-retention': { id: 'vague-retention', kind: 'quality', severity: 'warning', articles: [a(13, 2, 'a'), a(5, 1, 'e')], topics: ['retention'] },
  'implied-consent': { id: 'implied-consent', kind: 'quality', severity: 'error', articles: [a(4, 11), a(7)], topics: ['cookies'] },
  'outdated-reference': { id: 'outdated-reference', kind: 'quality', severity: 'warning', articles: [a(94), a(51)], topics: [] },
  'basis-without-purpose': { id: 'basis-without-purpose', kind: 'quality', severity: 'information', articles: [a(13, 1, 'c')], topics: ['legal-basis'] },
};

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

export function isNoteId(value: string): value is NoteId {
  return (NOTE_IDS as readonly string[]).includes(value);
}

export function isCheckId(value: string): value is CheckId {
  return isRuleId(value) || isNoteId(value);
}

/** A note's severity unless the settings give another. */
export const NOTE_SEVERITY: Readonly<Record<NoteId, Level>> = { 'other-language': 'information', 'unfilled-placeholder': 'warning' };
