/**
 * npm run linearity [-- --times N --lang en,nl]: for every cue list of every language table, its
 * first cue as plain words repeated N/4 and N times (default 2,000), in one long sentence, as
 * sentences of one paragraph, as lines and as paragraphs, through every feature of the service
 * (diagnostics, outline, folding, links, hovers, code actions for single findings and for the
 * whole document). Prints each case whose CPU time grows by more than 8 times for 4 times the
 * text (linear growth is 4, quadratic 16) and exits 1 if there is one.
 *
 * A speed check, so a script and not a test (a loaded machine would make a test flaky). It
 * found the quadratic paths listed in docs/robustness.md.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyService, DEFAULT_SETTINGS, type Settings } from '../server/src/service';
import { TABLES } from '../server/src/service/data';
import { phraseOf } from '../test/support/fuzz';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const times = Number(option('times') ?? 2000);
if (!Number.isInteger(times) || times < 4) {
  console.error('--times must be a whole number of at least 4');
  process.exit(2);
}
const languages = (option('lang') ?? Object.keys(TABLES).join(',')).split(',') as Settings['language'][];
const SEPARATORS: [string, string][] = [['one sentence', ' '], ['sentences', '. '], ['lines', '\n'], ['paragraphs', '\n\n']];
/** Growth above this for 4 times the text is reported (linear: 4, quadratic: 16). */
const LIMIT = 8;
/** Below this much CPU for the larger text, timer noise outweighs growth. */
const FLOOR_MS = 200;

/** Every list of cue strings in a table, with its path ("rights.named.access"). */
function cueLists(value: unknown, at: string, out: [string, readonly string[]][] = []): [string, readonly string[]][] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string')) out.push([at, value as string[]]);
    else value.forEach((v, i) => cueLists(v, `${at}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) cueLists(v, at ? `${at}.${k}` : k, out);
  }
  return out;
}

/** CPU milliseconds for every feature on the document. */
function cost(text: string, settings: Settings): number {
  const service = createPolicyService();
  const document = TextDocument.create('file:///linearity.md', 'markdown', 1, text);
  const started = process.cpuUsage();
  const force = { force: true };
  const diagnostics = service.getDiagnostics(document, settings, force);
  service.getDocumentSymbols(document, settings, force);
  service.getFoldingRanges(document, settings, force);
  service.getDocumentLinks(document, settings, force);
  for (const at of [0.5, 0.99]) {
    const position = document.positionAt(Math.floor(text.length * at));
    service.getHover(document, settings, position, force);
    service.getCompletions(document, position, settings, force);
  }
  for (const d of diagnostics.slice(0, 3)) service.getCodeActions(document, settings, d.range, { diagnostics: [d] }, force);
  service.getCodeActions(document, settings, { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, { diagnostics }, force);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

let cases = 0;
const slow: string[] = [];
const started = Date.now();
for (const lang of languages) {
  const table = TABLES[lang as keyof typeof TABLES];
  if (!table) {
    console.error(`No language table ${lang}`);
    process.exit(2);
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, language: lang, documents: 'all' };
  for (const [where, cues] of cueLists(table, '')) {
    const phrase = phraseOf(cues[0]!);
    if (phrase.length < 2) continue;
    for (const [shape, separator] of SEPARATORS) {
      const make = (n: number): string => '# Privacy\n\n' + Array(n).fill(phrase).join(separator);
      const small = cost(make(times / 4), settings);
      const large = cost(make(times), settings);
      cases++;
      if (large > FLOOR_MS && large / Math.max(small, 1) > LIMIT) {
        const line = `${lang} ${where} "${phrase}" as ${shape}: ${small.toFixed(0)} ms for ${times / 4}, ${large.toFixed(0)} ms for ${times}`;
        slow.push(line);
        console.log(line);
      }
    }
  }
}
console.log(`${cases} cases (${languages.join(', ')}, ${times} repetitions) in ${((Date.now() - started) / 1000).toFixed(0)} s: ${slow.length ? `${slow.length} grow faster than linearly` : 'all grow linearly'}.`);
process.exit(slow.length ? 1 : 0);
