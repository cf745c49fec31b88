/** The command line, parsed into a typed request or a usage error (exit status 2). */
import { NOTE_IDS, RULE_IDS, settingsFromUnknown, type Settings } from '../service/index';
import { isCheckId } from '../service/catalogue';

export type Format = 'text' | 'json' | 'sarif';

export interface CheckRequest {
  readonly kind: 'check';
  readonly format: Format;
  readonly settings: Settings;
  readonly paths: readonly string[];
}

export type Request = { readonly kind: 'help' } | { readonly kind: 'version' } | CheckRequest;

/** A mistake on the command line; its message is one line for stderr. */
export class UsageError extends Error {}

export const USAGE = () => `Usage: policy-author check [options] PATH...

Checks privacy notices (Markdown or plain text) against the transparency
requirements of the GDPR (Art. 12-14) and reports what is missing or wrong.

A PATH that is a folder is searched for .md, .markdown and .txt files
(node_modules and folders whose name starts with a dot are left out).
Files named on the command line are always checked; files found in a
folder only when they look like a privacy notice (see --documents).

Options:
  --format text|json|sarif   Report format (default: text)
  --language auto|en|nl|de|fr
                             Language of the notices; auto detects it (default)
  --documents auto|all       Files found in folders: only those that look like
                             a privacy notice (auto, the default), or all
  --rule ID=LEVEL            Severity of one check (error, warning, information,
                             hint or off); repeat for more checks,
                             e.g. --rule right-object=warning
  -h, --help                 Show this help and exit
  -v, --version              Show the version and exit

Exit status:
  0  no finding of severity error
  1  at least one finding of severity error
  2  a usage error, or a file that could not be read or is not text

Checks (ids for --rule):
${wrap(RULE_IDS.join(', '), 76, '  ')}
Notes (ids for --rule as well):
${wrap(NOTE_IDS.join(', '), 76, '  ')}
`;

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const LANGUAGES = ['auto', 'en', 'nl', 'de', 'fr'] as const;
const DOCUMENTS = ['auto', 'all'] as const;
const VALUE_OPTIONS = new Set(['format', 'language', 'documents', 'rule']);

/** Parses the arguments after `node cli.js`. Throws UsageError. */
export function parseArguments(args: readonly string[]): Request {
  const values = new Map<string, string>();
  const rules: string[] = [];
  const positionals: string[] = [];
  let help = false;
  let version = false;

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-v' || arg === '--version') version = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${eq < 0 ? arg : arg.slice(0, eq)}`);
      const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      if (name === 'rule') rules.push(value);
      else values.set(name, value);
    } else if (arg.startsWith('-') && arg.length > 1) {
      throw new UsageError(`unknown option ${arg}`);
    } else positionals.push(arg);
  }

  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command; usage: policy-author check [options] PATH...');
  if (command !== 'check') throw new UsageError(`unknown command "${command}"; the only command is "check"`);
  if (paths.length === 0) throw new UsageError('no PATH given; name the files or folders to check');

  const format = oneOf('format', values.get('format'), FORMATS, 'text');
  const language = oneOf('language', values.get('language'), LANGUAGES, 'auto');
  const documents = oneOf('documents', values.get('documents'), DOCUMENTS, 'auto');

  const ruleLevels: Record<string, string> = {};
  for (const rule of rules) {
    const eq = rule.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule expects ID=LEVEL (e.g. right-object=warning), not "${rule}"`);
    ruleLevels[rule.slice(0, eq).trim()] = rule.slice(eq + 1).trim();
  }
  // The same parser the editor settings go through, so the CLI accepts exactly what they accept.
  const { settings, problems } = settingsFromUnknown({ language, documents, rules: ruleLevels });
  const problem = problems[0];
  if (problem) {
    const id = problem.setting.replace(/^policyAuthor\.rules\.?/, '');
    throw new UsageError(
      isCheckId(id)
        ? `--rule ${id}: the level must be error, warning, information, hint or off, not "${ruleLevels[id]}"`
        : `--rule: there is no check called "${id}"`,
    );
  }

  return { kind: 'check', format, settings, paths };
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be ${allowed.join(', ')}, not "${value}"`);
}
