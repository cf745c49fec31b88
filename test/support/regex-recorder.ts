/** Wraps the global RegExp to record every expression the project's own code constructs (see regex-census.ts). */
export const seen = new Map<string, { source: string; flags: string }>();
const Native = RegExp;
class Recording extends Native {
  constructor(pattern: string | RegExp, flags?: string) {
    super(pattern, flags);
    // Only the project's own expressions; libraries (markdown-it) answer for theirs.
    // The caller is the third line of the stack: "Error", this constructor, then the call site.
    if (!/[\\/]server[\\/]src[\\/]/.test((new Error().stack ?? '').split('\n')[2] ?? '')) return;
    seen.set(`${this.flags}/${this.source}`, { source: this.source, flags: this.flags });
  }
}
globalThis.RegExp = Recording as RegExpConstructor;
