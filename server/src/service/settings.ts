/** Settings, parsed at the edge into a typed object with defaults (one `fromUnknown` for every host). */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { isCheckId, type CheckId, type Level } from './catalogue';

export type LanguageSetting = 'auto' | 'en' | 'nl' | 'de' | 'fr';
export type DocumentsSetting = 'auto' | 'all' | 'off';
export type RuleLevel = Level | 'off';

export interface Settings {
  readonly language: LanguageSetting;
  readonly documents: DocumentsSetting;
  readonly rules: Readonly<Partial<Record<CheckId, RuleLevel>>>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ language: 'auto', documents: 'auto', rules: Object.freeze({}) });

const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'nl', 'de', 'fr'];
const DOCUMENTS: readonly DocumentsSetting[] = ['auto', 'all', 'off'];
const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

/** A setting that could not be used, in words for the user. */
export interface SettingProblem {
  readonly setting: string;
  readonly message: string;
}

/**
 * Reads the `policyAuthor` settings object as an editor sends it. Unknown or ill-typed values
 * fall back to their default and are reported in `problems`, never thrown.
 */
export function settingsFromUnknown(value: unknown): { settings: Settings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (value !== undefined && value !== null && !isObject) {
    problems.push({ setting: 'policyAuthor', message: 'The policyAuthor settings must be an object such as { "language": "auto" }; using the defaults.' });
  }
  const obj = isObject ? (value as Record<string, unknown>) : {};
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = obj[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    problems.push({ setting: `policyAuthor.${key}`, message: `policyAuthor.${key} must be one of ${allowed.join(', ')}; using "${fallback}".` });
    return fallback;
  };
  const rules: Partial<Record<CheckId, RuleLevel>> = {};
  const rawRules = obj.rules;
  if (rawRules !== undefined && rawRules !== null) {
    if (typeof rawRules !== 'object' || Array.isArray(rawRules)) {
      problems.push({ setting: 'policyAuthor.rules', message: 'policyAuthor.rules must be an object mapping check ids to a severity.' });
    } else {
      const unknown: string[] = [];
      for (const [id, level] of Object.entries(rawRules as Record<string, unknown>)) {
        if (!isCheckId(id)) {
          unknown.push(id);
        } else if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
          problems.push({ setting: `policyAuthor.rules.${id}`, message: `The severity of "${id}" must be one of ${LEVELS.join(', ')}; the default is used.` });
        } else {
          rules[id] = level as RuleLevel;
        }
      }
      // One message for all unknown ids, so a pasted list of a thousand does not become a thousand pop-ups.
      if (unknown.length === 1) {
        problems.push({ setting: `policyAuthor.rules.${unknown[0]}`, message: `There is no check called "${quoted(unknown[0]!)}"; the setting is ignored.` });
      } else if (unknown.length > 1) {
        const named = unknown.slice(0, 5).map((id) => `"${quoted(id)}"`).join(', ');
        const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
        problems.push({ setting: 'policyAuthor.rules', message: `There are no checks called ${named}${more}; those settings are ignored.` });
      }
    }
  }
  return {
    settings: { language: pick('language', LANGUAGES, 'auto'), documents: pick('documents', DOCUMENTS, 'auto'), rules },
    problems,
  };
}

/** An id as the user typed it, cut short and without line breaks, for a one-line message. */
function quoted(id: string): string {
  const flat = id.replace(/[\r\n\t]+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

const SEVERITY: Readonly<Record<Level, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Maps a rule level to the LSP severity. */
export function toSeverity(level: Level): DiagnosticSeverity {
  return SEVERITY[level];
}

export function severityName(severity: DiagnosticSeverity | undefined): Level {
  switch (severity) {
    case DiagnosticSeverity.Error: return 'error';
    case DiagnosticSeverity.Warning: return 'warning';
    case DiagnosticSeverity.Information: return 'information';
    default: return 'hint';
  }
}
