/**
 * Scans a bundle for what Policy Author's code must not do (evaluate code, reach the network,
 * start workers), blaming each match on the module it comes from: by esbuild's module markers in
 * an unminified bundle, through the source map in a minified one. Used by
 * test/protocol/security.test.ts (dist/) and test/package/vsix.test.ts (the packed bundle).
 */
import { SourceMap } from 'node:module';

/** eval and new Function. */
export const CODE_EVALUATION = /\beval\s*\(|new\s+Function\s*\(/;
/** The vm module: only loaders may use it (client/src/loader.ts for the package, server/src/cli/launch.ts for the CLI). */
export const VM = /require\("(?:node:)?vm"\)/;
/** Network, worker and debugger modules. */
export const NETWORK_MODULES = /require\("(?:node:)?(?:http|https|http2|tls|dgram|dns|worker_threads|cluster|inspector)"\)/;
/** fetch and its browser relatives. */
export const FETCH = /\bfetch\s*\(|\bWebSocket\b|XMLHttpRequest/;

/**
 * The bundle split at esbuild's `// node_modules/...` and `// server/src/...` markers, so that a
 * match can be blamed on the module it comes from.
 */
export function modulesOf(bundle: string): { module: string; text: string }[] {
  const parts: { module: string; text: string }[] = [];
  let module = '(bundle prelude)';
  let start = 0;
  const marker = /^\/\/ ((?:node_modules|server\/src|client\/src)\/[^\n]+)$/gm;
  for (let m = marker.exec(bundle); m; m = marker.exec(bundle)) {
    parts.push({ module, text: bundle.slice(start, m.index) });
    module = m[1]!;
    start = m.index;
  }
  parts.push({ module, text: bundle.slice(start) });
  return parts;
}

/**
 * The modules of a minified bundle (no markers left) in which `pattern` occurs: each match is
 * blamed on the source its source map gives for that position.
 */
export function modulesByMap(bundle: string, map: string, pattern: RegExp): string[] {
  const sourceMap = new SourceMap(JSON.parse(map));
  const lineStarts = [0];
  for (let i = bundle.indexOf('\n'); i !== -1; i = bundle.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const found = new Set<string>();
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const m of bundle.matchAll(global)) {
    let line = lineStarts.length - 1;
    while (lineStarts[line]! > m.index) line--;
    const entry = sourceMap.findEntry(line, m.index - lineStarts[line]!) as { originalSource?: string };
    const source = entry.originalSource ?? '(unmapped)';
    found.add(/(?:node_modules|server\/src|client\/src)\/.*$/.exec(source)?.[0] ?? source);
  }
  return [...found];
}

