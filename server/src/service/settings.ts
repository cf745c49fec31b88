/** Settings, parsed at the edge into a typed object with defaults (one `fromUnknown` for every host). */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { isRuleId, type Level, type RuleId } from './catalogue';

export type LanguageSetting = 'auto' | 'en' | 'nl' | 'de';
export type DocumentsSetting = 'auto' | 'all' | 'off';
export type RuleLevel = Level | 'off';

export interface Settings {
  readonly language: LanguageSetting;
  readonly documents: DocumentsSetting;
  readonly rules: Readonly<Partial<Record<RuleId, RuleLevel>>>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ language: 'auto', documents: 'auto', rules: Object.freeze({}) });

const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'nl', 'de'];
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
  const obj = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = obj[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    problems.push({ setting: `policyAuthor.${key}`, message: `policyAuthor.${key} must be one of ${allowed.join(', ')}; using "${fallback}".` });
    return fallback;
  };
  const rules: Partial<Record<RuleId, RuleLevel>> = {};
  const rawRules = obj.rules;
  if (rawRules !== undefined && rawRules !== null) {
    if (typeof rawRules !== 'object' || Array.isArray(rawRules)) {
      problems.push({ setting: 'policyAuthor.rules', message: 'policyAuthor.rules must be an object mapping check ids to a severity.' });
    } else {
      for (const [id, level] of Object.entries(rawRules as Record<string, unknown>)) {
        if (!isRuleId(id)) {
          problems.push({ setting: `policyAuthor.rules.${id}`, message: `There is no check called "${id}"; the setting is ignored.` });
        } else if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
          problems.push({ setting: `policyAuthor.rules.${id}`, message: `The severity of "${id}" must be one of ${LEVELS.join(', ')}; the default is used.` });
        } else {
          rules[id] = level as RuleLevel;
        }
      }
    }
  }
  return {
    settings: { language: pick('language', LANGUAGES, 'auto'), documents: pick('documents', DOCUMENTS, 'auto'), rules },
    problems,
  };
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
