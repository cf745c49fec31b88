/** Lists the entries of a zip file (a .vsix) from its central directory; enough for tests, no extraction. */
import { readFileSync } from 'node:fs';

export interface ZipEntry {
  readonly name: string;
  readonly size: number;
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
    const size = data.readUInt32LE(offset + 24);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    entries.push({ name: data.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
