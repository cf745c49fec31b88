/**
 * Writes the VS Code snippet file in snippets/ from the clause tables of every language, so the
 * snippets say exactly what quick fixes and completions insert. Run by `npm run build` (and
 * `npm run snippets`); test/unit/snippets.test.ts fails when the committed files are out of date.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { clauseCatalogue, renderSnippet } from '../server/src/service/clauses';
import { CLAUSES } from '../server/src/service/data/clauses';

export const SNIPPETS_DIR = path.join(__dirname, '..', 'snippets');

/**
 * One snippet as VS Code reads it from a `.code-snippets` file; `scope` is the language ids it is
 * offered in, separated by commas.
 */
export interface SnippetJson {
  readonly scope: 'markdown' | 'plaintext' | 'markdown,plaintext';
  readonly prefix: string;
  readonly description: string;
  readonly body: string[];
}

/**
 * The file-name extensions of Markdown (VS Code's own and those of common Markdown tools), in
 * lower case; a file name is compared without regard to case.
 */
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mdwn', 'mdx'] as const;

/**
 * Snippet text that VS Code resolves, when it inserts the snippet, to `markup` in a file whose name
 * ends in a Markdown extension and to nothing in any other file (a transform of the TM_FILENAME
 * variable: `${1:+…}` inserts `markup` when the first alternative matched). The second
 * alternative, `.*`, matches every other name, so the transform always replaces the whole file
 * name and never leaves it in the text. An untitled file is named "Untitled-1" and so gets the
 * plain form, even when its language is set to Markdown.
 */
export function markdownOnly(markup: string): string {
  if (/[$}\\/]/.test(markup)) throw new Error(`markup ${markup} would need escaping in a snippet format string`);
  return `\${TM_FILENAME/(.*\\.(${MARKDOWN_EXTENSIONS.join('|')})$)|.*/\${1:+${markup}}/i}`;
}

/**
 * A clause as one snippet for Markdown and plain text, when its plain form is its Markdown form
 * without the markup (the "## " of its heading and its "**" emphasis): the markup is then written
 * as `markdownOnly` text. Undefined when the forms differ in more (a table in Markdown is a list
 * in plain text).
 */
function eitherFormat(markdown: string, plain: string): string | undefined {
  const heading = /^## /;
  if (markdown.replace(heading, '').replace(/\*\*/g, '') !== plain) return undefined;
  return markdown.replace(heading, markdownOnly('## ')).replace(/\*\*/g, markdownOnly('**'));
}

/** The one snippet file, of every language: deflate in the .vsix then reads what the languages share once. */
export const SNIPPET_FILE = 'policy-author.code-snippets';

/**
 * The snippet files: file name → JSON text, one `.code-snippets` file with the clauses of every
 * language, a group per language (its code) with that language's clauses under their names. A
 * clause whose two forms differ only in markup is one snippet for both language ids, the markup
 * chosen by the file's name (`eitherFormat`); any other clause is two snippets, in the groups
 * "<code> (Markdown)" and "<code> (plain text)", so that both keep the clause's name as their
 * snippet name. Placeholders are tab stops; facts are left for the author.
 */
export function renderSnippetFiles(): Map<string, string> {
  const groups: Record<string, Record<string, SnippetJson>> = {};
  for (const lang of Object.keys(CLAUSES).sort()) {
    const both: Record<string, SnippetJson> = {};
    const markdownForm: Record<string, SnippetJson> = {};
    const plainForm: Record<string, SnippetJson> = {};
    for (const entry of clauseCatalogue(lang)) {
      const snippet = (scope: SnippetJson['scope'], body: string): SnippetJson => ({ scope, prefix: entry.prefix, description: entry.description, body: body.split('\n') });
      const markdown = renderSnippet(lang, entry, {}, { format: 'markdown', form: 'section', headingLevel: 2 });
      const plain = renderSnippet(lang, entry, {}, { format: 'plaintext', form: 'section', headingLevel: 2 });
      const either = eitherFormat(markdown, plain);
      if (either !== undefined) both[entry.label] = snippet('markdown,plaintext', either);
      else {
        markdownForm[entry.label] = snippet('markdown', markdown);
        plainForm[entry.label] = snippet('plaintext', plain);
      }
    }
    groups[lang] = both;
    if (Object.keys(markdownForm).length > 0) groups[`${lang} (Markdown)`] = markdownForm;
    if (Object.keys(plainForm).length > 0) groups[`${lang} (plain text)`] = plainForm;
  }
  return new Map([[SNIPPET_FILE, `${JSON.stringify(groups, null, 1)}\n`]]);
}

if (require.main === module) {
  mkdirSync(SNIPPETS_DIR, { recursive: true });
  // Files of an earlier layout (one per language, or per language and format) would linger unregistered.
  for (const name of readdirSync(SNIPPETS_DIR)) if (!renderSnippetFiles().has(name)) rmSync(path.join(SNIPPETS_DIR, name));
  for (const [name, text] of renderSnippetFiles()) writeFileSync(path.join(SNIPPETS_DIR, name), text);
}
