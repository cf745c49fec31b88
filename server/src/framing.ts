/**
 * A guard in front of the JSON-RPC stream reader for the stdio transport. vscode-jsonrpc's reader
 * stops understanding the stream for good after one header it cannot parse (no Content-Length, a
 * length that is not a number, a charset it does not know): every later message then arrives
 * glued to the rest of the bad one and is dropped too, so the server looks alive but never answers
 * again. This guard passes well-formed frames through byte for byte, drops a malformed one, tells
 * `onDrop` why, and resynchronises at the next `Content-Length:` header, so one bad message costs
 * at most itself and the message it swallowed.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** Longer header blocks are not LSP headers (real ones are under 100 bytes). */
const MAX_HEADER_BYTES = 8 * 1024;
/** Just under V8's longest string: a body that long could not be decoded anyway. */
const MAX_BODY_BYTES = 500 * 1024 * 1024;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:[^\r\n]*$/;
const LENGTH_START = /content-length:/i;

/** Why a header block cannot start a message, or its body length. */
export function parseHeader(header: string): { length: number } | { problem: string } {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    if (!HEADER_LINE.test(line)) return { problem: `a header line that is not "Name: value": ${JSON.stringify(line.slice(0, 80))}` };
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_BODY_BYTES) return { problem: `an unusable Content-Length ${JSON.stringify(value.slice(0, 20))}` };
      length = Number(value);
    } else if (name === 'content-type') {
      const charset = /charset=([^;\s]+)/i.exec(value)?.[1]?.replace(/^"|"$/g, '').toLowerCase();
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return { problem: `an unsupported charset ${JSON.stringify(charset.slice(0, 20))}` };
    }
  }
  return length === undefined ? { problem: 'a header without Content-Length' } : { length };
}

/** Passes well-formed LSP frames through unchanged and drops malformed ones (see the file comment). */
export class FrameGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** Body bytes of the current well-formed frame still to pass through. */
  private bodyLeft = 0;

  constructor(private readonly onDrop: (why: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (data.length > 0) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, data.length);
        this.push(data.subarray(0, n));
        this.bodyLeft -= n;
        data = data.subarray(n);
        continue;
      }
      const end = data.indexOf(HEADER_END);
      if (end < 0) {
        if (data.length > MAX_HEADER_BYTES) {
          // Keep only what may be the start of the next header.
          this.onDrop(`${data.length} bytes without a header end`);
          data = data.subarray(resyncPoint(data.toString('latin1'), data.length - 64));
        }
        this.pending = Buffer.from(data);
        break;
      }
      const header = data.toString('latin1', 0, end);
      const parsed = parseHeader(header);
      if ('problem' in parsed) {
        this.onDrop(`a message with ${parsed.problem}`);
        data = data.subarray(resyncPoint(header, end + HEADER_END.length));
        continue;
      }
      this.push(data.subarray(0, end + HEADER_END.length));
      this.bodyLeft = parsed.length;
      data = data.subarray(end + HEADER_END.length);
    }
    callback();
  }
}

/** Where the next `Content-Length:` after the first byte of `text` starts, else `fallback`. */
function resyncPoint(text: string, fallback: number): number {
  const next = text.slice(1).search(LENGTH_START);
  return next >= 0 ? next + 1 : Math.max(0, fallback);
}
