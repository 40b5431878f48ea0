export type ContentType = 'pdf' | 'zip' | 'image' | 'legacy_office' | 'rtf' | 'other';

const startsWith = (data: Buffer, bytes: readonly number[], at = 0) =>
  data.length >= at + bytes.length && bytes.every((byte, i) => data[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// HEIC/HEIF/AVIF brands, the formats phone cameras save photos of paper contracts in.
const IMAGE_BRANDS = new Set(['heic', 'heix', 'heif', 'mif1', 'msf1', 'avif']);

// Only the bytes decide; 'other' still has to prove it is text.
export function detectContentType(data: Buffer): ContentType {
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy_office';
  if (startsWith(data, ascii('{\\rtf'))) return 'rtf';
  if (
    startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    startsWith(data, [0xff, 0xd8, 0xff]) ||
    startsWith(data, ascii('GIF8')) ||
    startsWith(data, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(data, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) ||
    (startsWith(data, ascii('ftyp'), 4) && IMAGE_BRANDS.has(data.toString('latin1', 8, 12)))
  ) {
    return 'image';
  }
  // Readers accept the header anywhere in the first 1,024 bytes (PDF 1.7, annex H.3).
  if (data.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  return 'other';
}
