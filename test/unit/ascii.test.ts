/**
 * The language server's bundle is escaped to ASCII after esbuild (scripts/ascii.mjs), so V8 holds
 * its source in one byte a character. The escaped code must mean the same, and its source map
 * must still point every position at the same place in the TypeScript source.
 */
import * as assert from 'node:assert/strict';
import { SourceMap } from 'node:module';
import * as esbuild from 'esbuild';

const SOURCE = [
  '// Bullets, quotes and accents as they occur in the checks: • “ ” é ß, and one beyond the BMP: 𝒜.',
  'export const bullet = /^\\s*(?:[-*+•·▪◦‣●○■□➢➤►→✓✔]|\\d{1,2}[.)])\\s+/u;',
  'export const bare = /é+|[àâ]|𝒜/;',
  'export const astral = /^[𝒜-𝒵]$/u;',
  'export const text = "Données • “personnelles”";',
  'export function mark(s: string): string { return s.replace(/[’‘]/g, "\'") + `·${s.length}`; }',
].join('\n');

async function bundle(minify: boolean): Promise<{ code: string; map: string }> {
  const result = await esbuild.build({
    stdin: { contents: SOURCE, loader: 'ts', sourcefile: 'sample.ts' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    minify,
    sourcemap: 'external',
    outfile: 'out.js',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'))!.text;
  return { code, map };
}

function load(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

describe('The language server bundle escaped to ASCII', () => {
  let asciiOnly: typeof import('../../scripts/ascii.mjs').asciiOnly;
  before(async () => {
    ({ asciiOnly } = await import('../../scripts/ascii.mjs'));
  });

  for (const minify of [false, true]) {
    describe(minify ? 'minified' : 'as written', () => {
      it('is ASCII and behaves as before: the same expressions match the same texts, the same strings come out', async () => {
        const { code, map } = await bundle(minify);
        assert.match(code, /[^\x00-\x7f]/, 'esbuild left no character to escape; the sample no longer tests anything');
        const escaped = asciiOnly(code, map).code;
        assert.doesNotMatch(escaped, /[^\x00-\x7f]/);
        const before = load(code);
        const after = load(escaped);
        const samples = ['• item', '  ✔ done', '12) twelve', 'éé', 'â', '𝒜', '𝒝', '\ud835', 'plain', 'l’été', '-'];
        for (const name of ['bullet', 'bare', 'astral']) {
          const a = before[name] as RegExp;
          const b = after[name] as RegExp;
          assert.equal(b.flags, a.flags);
          for (const s of samples) assert.equal(b.test(s), a.test(s), `${name} on ${JSON.stringify(s)}`);
        }
        assert.equal(after.text, before.text);
        const mark = (f: unknown, s: string) => (f as (s: string) => string)(s);
        assert.equal(mark(after.mark, 'l’été ‘x’'), mark(before.mark, 'l’été ‘x’'));
      });

      it('keeps its source map pointing every token at the same place in the source', async () => {
        const { code, map } = await bundle(minify);
        const escaped = asciiOnly(code, map);
        const mapBefore = new SourceMap(JSON.parse(map));
        const mapAfter = new SourceMap(JSON.parse(escaped.map));
        const lines = code.split('\n');
        const escapedLines = escaped.code.split('\n');
        let checked = 0;
        lines.forEach((line, n) => {
          let shift = 0;
          for (let i = 0; i < line.length; i++) {
            if (line.charCodeAt(i) > 0x7f) {
              shift += 5;
              continue;
            }
            assert.equal(escapedLines[n]![i + shift], line[i]);
            const a = mapBefore.findEntry(n, i) as { generatedColumn?: number; originalLine?: number; originalColumn?: number };
            const b = mapAfter.findEntry(n, i + shift) as { generatedColumn?: number; originalLine?: number; originalColumn?: number };
            if (a.generatedColumn === undefined) continue;
            assert.deepEqual([b.originalLine, b.originalColumn], [a.originalLine, a.originalColumn], `line ${n}, column ${i}`);
            checked++;
          }
        });
        assert.ok(checked > 100);
      });
    });
  }
});
