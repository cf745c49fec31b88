// Packs the extension's bundle for the .vsix (used by scripts/package.mjs). The bundle of client
// and server, as esbuild minified it, is minified once more by terser, kept in one byte per
// character, and brotli-compressed to dist/extension.js.br; dist/extension.js becomes the loader
// of client/src/loader.ts, which checks, decompresses and runs it. dist/extension.js.br.map (not
// packaged) maps the packed code to the sources, for the security scan and for reading a stack
// trace. Why and what it costs: README ("Building the package") and docs/performance.md.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { asciiOnly } from './ascii.mjs';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The packed bundle's file name, beside the loader in dist/. */
export const PACKED_FILE = 'extension.js.br';

/** Brotli at its best quality, with a window that holds the whole bundle (16 MB). */
export function brotli(bytes) {
  return zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * terser after esbuild: its names, chosen by how often each character occurs, and its further
 * passes of compression (three: a third takes about 0.2 KB more off) make the bundle compress
 * about 14 KB smaller under brotli (273 -> 259 KB),
 * where esbuild alone is what development builds use (fast, and what the tests run). Only safe
 * transforms (no `unsafe` options); the bundle is a CommonJS module, so its top level is a
 * function scope and may be renamed. Legal comments stay.
 */
const TERSER = {
  toplevel: true,
  ecma: 2020,
  compress: { passes: 3, ecma: 2020 },
  mangle: { toplevel: true },
  format: { comments: 'some', ecma: 2020 },
};

/** The loader's source (client/src/loader.ts as plain CommonJS), bound to a packed bundle's SHA-256. */
export async function loaderSource(sha256) {
  const result = await esbuild.build({
    entryPoints: [path.join(repo, 'client', 'src', 'loader.ts')],
    bundle: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
    banner: { js: '// Policy Author: runs the packed bundle of client and server, dist/extension.js.br (source: client/src/loader.ts).' },
    define: { PACKED_FILE: JSON.stringify(PACKED_FILE), PACKED_SHA256: JSON.stringify(sha256) },
  });
  return result.outputFiles[0].text;
}

/**
 * Packs bundle code (a CommonJS module's source, with its source map as JSON text or undefined):
 * the packed bytes, the loader that runs them, the code as the loader will run it, and its map.
 * Characters beyond Latin-1 are escaped, so that the loader can read the code as Latin-1 into a
 * one-byte string (half the memory of the two-byte string a single such character would make).
 */
export async function pack(code, map) {
  const minified = await minify(code, { ...TERSER, sourceMap: map ? { content: map } : false });
  const escaped = asciiOnly(minified.code, typeof minified.map === 'string' ? minified.map : undefined, { latin1: true });
  const bytes = Buffer.from(escaped.code, 'latin1');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { packed: brotli(bytes), loader: await loaderSource(sha256), code: escaped.code, map: escaped.map };
}

/**
 * Replaces dist/extension.js (the minified bundle) by the loader, with the packed bundle beside it
 * and its source map (dist/extension.js.br.map, which .vscodeignore leaves out).
 */
export async function packExtension(dist = path.join(repo, 'dist')) {
  const bundle = path.join(dist, 'extension.js');
  const mapFile = `${bundle}.map`;
  const map = fs.existsSync(mapFile) ? fs.readFileSync(mapFile, 'utf8') : undefined;
  const { packed, loader, code, map: packedMap } = await pack(fs.readFileSync(bundle, 'utf8'), map);
  fs.writeFileSync(path.join(dist, PACKED_FILE), packed);
  if (packedMap) fs.writeFileSync(path.join(dist, `${PACKED_FILE}.map`), packedMap);
  fs.rmSync(mapFile, { force: true });
  fs.writeFileSync(bundle, loader);
  return { bytes: code.length, packed: packed.length, loader: Buffer.byteLength(loader) };
}
