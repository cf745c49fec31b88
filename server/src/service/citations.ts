/**
 * Finds references to articles of the GDPR in a notice ("Art. 6(1)(f) GDPR", "artikel 6, eerste
 * lid, onder a, AVG", "Articles 15 to 22"), for hovers and document links. The citation
 * patterns are data (data/hovers/<lang>.ts); this module only runs them.
 *
 * A reference followed by the regulation's name is always one. A bare reference ("under
 * Article 6(1)(f)") is taken to be one too, as a privacy notice cites the GDPR, unless it names
 * another instrument ("Article 5 of our terms", "artikel 7:400 BW") or the notice numbers its
 * own articles (a heading "Artikel 5 Bewaartermijnen"): then only references that name the
 * regulation are trusted.
 */
import type { Analysis, Span } from './analysis';
import type { CitationSyntax, HoverTable } from './data/hovers/types';

export interface Citation extends Span {
  readonly article: number;
  /** The last article of a range ("Articles 15 to 22"). */
  readonly to?: number;
  readonly paragraph?: number;
  readonly point?: string;
  /** Whether the reference names the regulation itself. */
  readonly named: boolean;
}

/** The highest article number of the GDPR. */
const LAST_ARTICLE = 99;

interface Compiled {
  readonly patterns: readonly RegExp[];
  readonly lawName: RegExp;
  readonly otherLaw: RegExp;
}

const compiledCache = new WeakMap<CitationSyntax, Compiled>();

function compile(syntax: CitationSyntax): Compiled {
  let c = compiledCache.get(syntax);
  if (!c) {
    c = {
      // Not inside a word or number on either side; a following ':' or '.digit' is another numbering ("7:400 BW", "2.1").
      patterns: syntax.patterns.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}:]|\\.\\d)`, 'giu')),
      lawName: new RegExp(syntax.lawName, 'iuy'),
      otherLaw: new RegExp(syntax.otherLaw, 'iuy'),
    };
    compiledCache.set(syntax, c);
  }
  return c;
}

/** Compiles a syntax's expressions; throws (with the pattern) when one is not a valid expression. For the table tests. */
export function compileCitationSyntax(syntax: CitationSyntax): void {
  compile(syntax);
}

const ownNumbering = new WeakMap<Analysis, boolean>();

/**
 * The citations of GDPR articles in `analysis` within [from, to) (the whole text by default),
 * in text order, without overlaps (the longer of two overlapping matches wins).
 */
export function findCitations(analysis: Analysis, hovers: HoverTable, from = 0, to = analysis.text.length): Citation[] {
  const syntax = hovers.citation;
  const folded = analysis.model.folded;
  const raw = scan(folded, syntax, from, to);
  if (!raw.length) return [];
  const numbersOwnArticles = numbersItsOwnArticles(analysis, syntax);
  return raw.filter((c) => c.named || (!c.otherLaw && !numbersOwnArticles)).map(({ otherLaw: _, ...c }) => c);
}

interface RawCitation extends Citation {
  readonly otherLaw: boolean;
}

function scan(folded: string, syntax: CitationSyntax, from: number, to: number): RawCitation[] {
  const c = compile(syntax);
  const text = folded.slice(0, to);
  const found: RawCitation[] = [];
  for (const re of c.patterns) {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const parsed = parse(m, syntax);
      if (parsed) found.push(withLaw(parsed, m.index, m.index + m[0].length, text, c));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawCitation[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

function parse(m: RegExpExecArray, syntax: CitationSyntax): Omit<Citation, 'start' | 'end' | 'named'> | undefined {
  const groups = m.groups ?? {};
  const article = Number(groups.article);
  if (!Number.isInteger(article) || article < 1 || article > LAST_ARTICLE) return undefined;
  let paragraph: number | undefined;
  let point: string | undefined;
  let to: number | undefined;
  for (const [name, value] of Object.entries(groups)) {
    if (value === undefined) continue;
    if (name === 'to') to = Number(value);
    else if (name.startsWith('paragraph')) paragraph = Number(value);
    else if (name.startsWith('ordinal')) paragraph = syntax.ordinals[value.toLowerCase()];
    else if (name.startsWith('point')) point = value.toLowerCase();
  }
  if (to !== undefined && (!(to > article) || to > LAST_ARTICLE)) return undefined;
  return { article, to, paragraph, point };
}

/** Extends a reference over the regulation's name when it follows, trimming a trailing separator otherwise. */
function withLaw(c: Omit<Citation, 'start' | 'end' | 'named'>, start: number, end: number, text: string, compiled: Compiled): RawCitation {
  let trimmed = end;
  while (trimmed > start && (text[trimmed - 1] === ',' || text[trimmed - 1] === ' ')) trimmed--;
  compiled.lawName.lastIndex = trimmed;
  const law = compiled.lawName.exec(text);
  if (law) return { ...c, start, end: trimmed + law[0].length, named: true, otherLaw: false };
  compiled.otherLaw.lastIndex = trimmed;
  return { ...c, start, end: trimmed, named: false, otherLaw: compiled.otherLaw.test(text) };
}

/** Whether a heading of the notice opens with a bare article number: the notice is organised in articles of its own. */
function numbersItsOwnArticles(analysis: Analysis, syntax: CitationSyntax): boolean {
  let own = ownNumbering.get(analysis);
  if (own === undefined) {
    const { folded, sections } = analysis.model;
    own = sections.some((s) => {
      const found = scan(folded, syntax, s.titleStart, s.titleEnd);
      return found.length > 0 && found[0]!.start === s.titleStart && !found[0]!.named;
    });
    ownNumbering.set(analysis, own);
  }
  return own;
}
