/** The packed bundle's file name, beside the loader in dist/. */
export const PACKED_FILE: string;
/** Brotli at its best quality, with a 16 MB window. */
export function brotli(bytes: Buffer): Buffer;
/** The loader's source, bound to a packed bundle's SHA-256. */
export function loaderSource(sha256: string): Promise<string>;
/** Packs bundle code (and its source map): the packed bytes, the loader, the code the loader runs and its map. */
export function pack(code: string, map?: string): Promise<{ packed: Buffer; loader: string; code: string; map?: string }>;
/** Replaces dist/extension.js by the loader, with the packed bundle and its map beside it. */
export function packExtension(dist?: string): Promise<{ bytes: number; packed: number; loader: number }>;
