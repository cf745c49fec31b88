/** Lists the entries of a zip file (a .vsix) from its central directory, and reads one as text; enough for tests. */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly size: number;
  /** Where its local header starts in the archive. */
  readonly offset: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
}

/** The entries of the zip archive at `file`. Throws when it is not a zip archive. */
export function listZip(file: string): ZipEntry[] {
  const data = readFileSync(file);
  // The end-of-central-directory record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const size = data.readUInt32LE(offset + 24);
    const local = data.readUInt32LE(offset + 42);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    entries.push({ name: data.toString('utf8', offset + 46, offset + 46 + nameLength), size, offset: local, method, compressedSize });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The text of the entry `name` of the zip archive at `file` (stored or deflated). */
export function readZipText(file: string, name: string): string {
  return readZipBytes(file, name).toString('utf8');
}

/** The bytes of the entry `name` of the zip archive at `file` (stored or deflated). */
export function readZipBytes(file: string, name: string): Buffer {
  const entry = listZip(file).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in ${file}`);
  const data = readFileSync(file);
  if (data.readUInt32LE(entry.offset) !== 0x04034b50) throw new Error(`${file}: damaged local header of ${name}`);
  const start = entry.offset + 30 + data.readUInt16LE(entry.offset + 26) + data.readUInt16LE(entry.offset + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method === 8) return inflateRawSync(raw);
  throw new Error(`${name}: compression method ${entry.method} is not supported`);
}
