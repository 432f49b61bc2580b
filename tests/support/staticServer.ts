import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from './headersFile.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
};
/** Text types every static host compresses; fonts and PNGs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer,
  compressible: boolean,
  extra: Record<string, string> = {},
): void {
  const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, { ...extra, 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  res.end(gzip ? gzipSync(body) : body);
}

/** One request: the file, the directory's index.html, or 404.html for anything unreadable. */
async function answer(root: string, req: IncomingMessage, res: ServerResponse, rules: HeaderRule[]): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const extra = headersFor(rules, path);
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, COMPRESSIBLE.has(extname(file)), extra);
  } catch {
    const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    send(req, res, 404, TYPES['.html'] ?? 'text/html', body, true, headersFor(rules, '/404.html'));
  }
}

/**
 * Serves a built site the way a plain static host does: directory index.html, query
 * strings ignored, 404.html with status 404 for anything else, text gzipped when the client
 * accepts it (as Netlify, Cloudflare or nginx do, so Lighthouse sees real transfer sizes).
 * Listens on a free port. With `applyHeaders`, it also sends what the site's `_headers` file
 * asks for each path (as Netlify and Cloudflare Pages do: the policy, frame-ancestors); off by
 * default, so the tests that share the global server see the site as before.
 */
export async function serveStatic(
  root: string,
  { applyHeaders = false }: { applyHeaders?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = applyHeaders ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server: Server = createServer((req, res) => void answer(root, req, res, rules));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
