/** SARIF 2.1.0 output, for code-scanning dashboards (GitHub, Azure DevOps, SARIF viewers). */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { CATALOGUE, NOTE_IDS, NOTE_SEVERITY, RULE_IDS } from '../service/index';
import type { Level } from '../service/catalogue';
import { TABLES } from '../service/data/index';
import type { FileResult } from './check';
import { messageText } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL_OF_CATALOGUE: Readonly<Record<Level, SarifLevel>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function levelOf(severity: DiagnosticSeverity | undefined): SarifLevel {
  if (severity === DiagnosticSeverity.Error) return 'error';
  if (severity === DiagnosticSeverity.Warning) return 'warning';
  return 'note';
}

export function formatSarif(files: readonly FileResult[], options: { version: string; informationUri: string; executionSuccessful: boolean; cwd: string }): string {
  const checked = files.filter((f) => f.checked);
  const helpUri = new Map<string, string>();
  for (const f of checked) {
    for (const d of f.diagnostics) {
      const href = d.codeDescription?.href;
      if (href && d.code !== undefined && !helpUri.has(String(d.code))) helpUri.set(String(d.code), href);
    }
  }
  const ruleIndex = new Map<string, number>([...RULE_IDS, ...NOTE_IDS].map((id, i) => [id, i]));
  const checks = RULE_IDS.map((id) => {
    const spec = CATALOGUE[id];
    // SARIF viewers show one description per rule; the English one (findings carry the notice's language).
    const gdpr = spec.articles.map((r) => TABLES.en.cite(r.article, r.paragraph, r.point)).join(', ');
    return {
      id,
      shortDescription: { text: TABLES.en.rules[id].title },
      fullDescription: { text: `${TABLES.en.rules[id].title} (GDPR ${gdpr})` },
      ...(helpUri.has(id) ? { helpUri: helpUri.get(id) } : {}),
      defaultConfiguration: { level: LEVEL_OF_CATALOGUE[spec.severity] },
      properties: { kind: spec.kind, gdpr },
    };
  });
  // The notes (a part in another language, a placeholder not filled in) rest on no article of their own.
  const notes = NOTE_IDS.map((id) => ({
    id,
    shortDescription: { text: TABLES.en.notes[id] },
    fullDescription: { text: TABLES.en.notes[id] },
    defaultConfiguration: { level: LEVEL_OF_CATALOGUE[NOTE_SEVERITY[id]] },
    properties: { kind: 'note' },
  }));
  const rules = [...checks, ...notes];

  const results = checked.flatMap((f) =>
    f.diagnostics.map((d: Diagnostic) => {
      const code = d.code === undefined ? undefined : String(d.code);
      const index = code === undefined ? undefined : ruleIndex.get(code);
      return {
        ...(code === undefined ? {} : { ruleId: code }),
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: levelOf(d.severity),
        message: { text: messageText(d) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(f.path, options.cwd),
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
      };
    }),
  );

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policy-author', version: options.version, informationUri: options.informationUri, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } },
        // LSP positions count UTF-16 code units, which is also SARIF's default; said explicitly for readers.
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: options.executionSuccessful }],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** Relative to the working folder when the file is inside it (what code-scanning tools expect), else an absolute file URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
