/** The code with every code unit above U+007F escaped, and the source map (JSON text) with its generated columns moved along. */
export function asciiOnly(code: string, map: string): { code: string; map: string };
export function asciiOnly(code: string, map?: undefined): { code: string; map?: undefined };
