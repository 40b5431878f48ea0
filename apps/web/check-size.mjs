// Part of npm run build: the caseworker app's initial JavaScript must stay within 250 kB
// gzipped (issue 10), or the build fails and says by how much.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 250 * 1024;
const dir = join(import.meta.dirname, '..', '..', 'dist', 'web');
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
].map((m) => m[1]);
const total = scripts.reduce((n, src) => n + gzipSync(readFileSync(join(dir, src))).length, 0);
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
if (total > LIMIT) {
  console.error(`web: initial JavaScript is ${kB(total)} gzipped, over the limit of ${kB(LIMIT)}.`);
  process.exit(1);
}
console.log(`web: initial JavaScript ${kB(total)} gzipped (limit ${kB(LIMIT)}).`);
