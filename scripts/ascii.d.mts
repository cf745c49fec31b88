/** Which code units are escaped: above U+007F, or with `latin1` above U+00FF. */
export interface AsciiOptions {
  readonly latin1?: boolean;
}
/** The code with every code unit above U+007F (or U+00FF) escaped, and the source map (JSON text) with its generated columns moved along. */
export function asciiOnly(code: string, map: string, options?: AsciiOptions): { code: string; map: string };
export function asciiOnly(code: string, map?: undefined, options?: AsciiOptions): { code: string; map?: undefined };
