// Figure 7: the JavaScript a browser must fetch before the web client can start — index.html's
// entry script plus its modulepreload links — each gzipped with zlib (default level, as servers do).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../lib/paths.mjs';

export const TARGET_BYTES = 200 * 1000;

export const measureWebBundle = () => {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return { status: 'apps/web/dist is not built' };
  const html = readFileSync(index, 'utf8');
  const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const entries = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /type="module"/.test(t))
    .map((t) => attr(t, 'src'));
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /rel="modulepreload"/.test(t))
    .map((t) => attr(t, 'href'));
  const files = [...new Set([...entries, ...preloads].filter(Boolean))].map((href) => {
    const bytes = readFileSync(join(WEB_DIST, href.replace(/^\//, '')));
    return { file: href, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  return { files, raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
};
