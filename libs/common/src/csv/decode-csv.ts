import iconv from 'iconv-lite';

/**
 * Text from a CSV file's bytes as offices export them: UTF-8 when they are valid UTF-8 (a BOM
 * is dropped), else Windows-1252 (what German Excel writes by default).
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString('utf8');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'win1252');
  }
}
