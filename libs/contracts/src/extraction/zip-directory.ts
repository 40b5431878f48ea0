import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

// Undefined when the directory cannot be read: truncated, inconsistent, or ZIP64 (which no
// word processor writes for a document small enough to upload).
export function readZipDirectory(data: Buffer): ZipEntry[] | undefined {
  const end = findEndOfDirectory(data);
  if (end < 0) return undefined;
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  let offset = data.readUInt32LE(end + 16);
  if (offset + size > end) return undefined;

  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || data.readUInt32LE(offset) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = data.readUInt16LE(offset + 28);
    const next =
      offset + 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
    if (next > end) return undefined;
    entries.push({
      name: data.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: data.readUInt16LE(offset + 10),
      compressedSize: data.readUInt32LE(offset + 20),
      localHeaderOffset: data.readUInt32LE(offset + 42),
    });
    offset = next;
  }
  return entries;
}

function findEndOfDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= earliest; i--) {
    if (data.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

export class ZipEntryTooLargeError extends Error {}

// Inflates for real instead of trusting the declared size, which a zip bomb can fake; throws
// ZipEntryTooLargeError past `limit` bytes and any other error when the entry is damaged.
export function inflatedSize(data: Buffer, entry: ZipEntry, limit: number): number {
  const header = entry.localHeaderOffset;
  if (header + 30 > data.length || data.readUInt32LE(header) !== LOCAL_HEADER) {
    throw new Error(`no local header for ${entry.name}`);
  }
  const start = header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
  const compressed = data.subarray(start, start + entry.compressedSize);
  if (compressed.length !== entry.compressedSize) throw new Error(`${entry.name} is truncated`);

  let size: number;
  if (entry.method === STORED) {
    size = compressed.length;
  } else if (entry.method === DEFLATED) {
    try {
      size = inflateRawSync(compressed, { maxOutputLength: limit + 1 }).length;
    } catch (error) {
      // By code, not class: under Jest, Node's errors come from another realm than RangeError.
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipEntryTooLargeError(entry.name);
      }
      throw error;
    }
  } else {
    throw new Error(`${entry.name} uses compression method ${entry.method}`);
  }
  if (size > limit) throw new ZipEntryTooLargeError(entry.name);
  return size;
}
