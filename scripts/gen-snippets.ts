/**
 * Writes the VS Code snippet files in snippets/ from the clause tables, one per language with each
 * clause in both formats (Markdown headings and emphasis, or plain text), so the snippets say
 * exactly what quick fixes and completions insert. Run by `npm run build` (and `npm run snippets`);
 * test/unit/snippets.test.ts fails when the committed files are out of date.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { clauseCatalogue, renderSnippet } from '../server/src/service/clauses';
import { CLAUSES } from '../server/src/service/data/clauses';

export const SNIPPETS_DIR = path.join(__dirname, '..', 'snippets');

/** One snippet as VS Code reads it from a `.code-snippets` file; `scope` is its language id. */
export interface SnippetJson {
  readonly scope: 'markdown' | 'plaintext';
  readonly prefix: string;
  readonly description: string;
  readonly body: string[];
}

/** The formats a clause is written in, with the language id of the files that get it. */
export const SNIPPET_FORMATS = [
  { format: 'markdown', scope: 'markdown', group: 'Markdown' },
  { format: 'plaintext', scope: 'plaintext', group: 'plain text' },
] as const;

/**
 * The snippet files: file name → JSON text, one `.code-snippets` file per language holding each
 * clause twice, in Markdown and in plain text, each with its `scope`. The two versions of a clause
 * stand next to each other (in groups, so both keep the clause's name as their snippet name):
 * they differ only in headings and emphasis, so the .vsix's compression stores the second almost
 * for free, where two files per language cost twice. Placeholders are tab stops; facts are left
 * for the author.
 */
export function renderSnippetFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const lang of Object.keys(CLAUSES).sort()) {
    const groups: Record<string, Record<string, SnippetJson>> = {};
    for (const entry of clauseCatalogue(lang)) {
      for (const { format, scope, group } of SNIPPET_FORMATS) {
        groups[`${entry.label} (${group})`] = {
          [entry.label]: {
            scope,
            prefix: entry.prefix,
            description: entry.description,
            body: renderSnippet(lang, entry, {}, { format, form: 'section', headingLevel: 2 }).split('\n'),
          },
        };
      }
    }
    files.set(`policy-author.${lang}.code-snippets`, `${JSON.stringify(groups, null, 1)}\n`);
  }
  return files;
}

if (require.main === module) {
  mkdirSync(SNIPPETS_DIR, { recursive: true });
  // Files of an earlier layout (one per language and format) would linger unregistered.
  for (const name of readdirSync(SNIPPETS_DIR)) if (!renderSnippetFiles().has(name)) rmSync(path.join(SNIPPETS_DIR, name));
  for (const [name, text] of renderSnippetFiles()) writeFileSync(path.join(SNIPPETS_DIR, name), text);
}
