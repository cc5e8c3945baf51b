/**
 * Reads the entries of a zip archive (.xlsx and .ods are zip files) with hard limits: entries are inflated in
 * small slices and reading stops as soon as the output passes the limit, so a zip bomb costs at most one slice
 * beyond it. Encrypted entries, zip64 and unknown compression methods are refused. Never throws: a failure is
 * returned as a reason code that the converter turns into a message.
 */
import { Inflate } from 'fflate';

/** What all entries together may expand to (a real P&C workbook is well under 5 MB unpacked). */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const SLICE = 16 * 1024;

export type ZipFailure = 'not-zip' | 'encrypted' | 'zip-too-large' | 'corrupt';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** The OLE2 compound file signature: a password-protected .xlsx, or an old .xls / .doc. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && signature.every((byte, i) => bytes[i] === byte);
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** Lists the central directory, or says why it cannot. */
export function listZip(bytes: Uint8Array): ZipEntry[] | ZipFailure {
  if (!isZip(bytes)) return 'not-zip';
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return 'corrupt';
  const count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return 'corrupt';
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== 0x02014b50) return 'corrupt';
    const nameLength = u16(bytes, offset + 28);
    const entry: ZipEntry = {
      flags: u16(bytes, offset + 8),
      method: u16(bytes, offset + 10),
      compressedSize: u32(bytes, offset + 20),
      size: u32(bytes, offset + 24),
      localOffset: u32(bytes, offset + 42),
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    };
    entries.push(entry);
    offset += 46 + nameLength + u16(bytes, offset + 30) + u16(bytes, offset + 32);
  }
  return entries;
}

/** Reads the named entries (those that exist) as text, within `budget` bytes of output in all. */
export function readZipTexts(
  bytes: Uint8Array,
  entries: ZipEntry[],
  wanted: (name: string) => boolean,
  budget = { left: MAX_UNZIPPED_BYTES },
): Map<string, string> | ZipFailure {
  const texts = new Map<string, string>();
  for (const entry of entries) {
    if (!wanted(entry.name)) continue;
    if (entry.flags & 1) return 'encrypted';
    const local = entry.localOffset;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return 'corrupt';
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) return 'corrupt';
    const data = bytes.subarray(start, end);
    const out = inflateEntry(data, entry.method, budget);
    if (typeof out === 'string') return out;
    texts.set(entry.name, new TextDecoder().decode(out));
  }
  return texts;
}

function inflateEntry(data: Uint8Array, method: number, budget: { left: number }): Uint8Array | ZipFailure {
  if (method === 0) {
    budget.left -= data.length;
    return budget.left < 0 ? 'zip-too-large' : data;
  }
  if (method !== 8) return 'corrupt';
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    budget.left -= chunk.length;
    if (budget.left < 0) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length && !over; i += SLICE) {
      inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    }
  } catch {
    return 'corrupt';
  }
  if (over) return 'zip-too-large';
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
