/**
 * Writes the VS Code snippet files in snippets/ from the clause tables, one per language and
 * format (Markdown headings and emphasis, or plain text), so the snippets say exactly what quick
 * fixes and completions insert. Run by `npm run build` (and `npm run snippets`);
 * test/unit/snippets.test.ts fails when the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { clauseCatalogue, renderSnippet } from '../server/src/service/clauses';
import { CLAUSES } from '../server/src/service/data/clauses';

export const SNIPPETS_DIR = path.join(__dirname, '..', 'snippets');

/** The snippet files: file name → JSON text. Placeholders are tab stops; facts are left for the author. */
export function renderSnippetFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const lang of Object.keys(CLAUSES).sort()) {
    for (const format of ['markdown', 'plaintext'] as const) {
      const snippets: Record<string, { prefix: string; description: string; body: string[] }> = {};
      for (const entry of clauseCatalogue(lang)) {
        snippets[entry.label] = {
          prefix: entry.prefix,
          description: entry.description,
          body: renderSnippet(lang, entry, {}, { format, form: 'section', headingLevel: 2 }).split('\n'),
        };
      }
      files.set(`policy-author.${lang}.${format}.json`, `${JSON.stringify(snippets, null, 2)}\n`);
    }
  }
  return files;
}

if (require.main === module) {
  mkdirSync(SNIPPETS_DIR, { recursive: true });
  for (const [name, text] of renderSnippetFiles()) writeFileSync(path.join(SNIPPETS_DIR, name), text);
}
