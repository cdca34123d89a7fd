#!/usr/bin/env node
/**
 * Serves the built site (dist/) on loopback the way a static host or CDN
 * would: gzip/brotli compression, `index.html` for directory URLs, the
 * site's 404 page with status 404, and a redirect to add the trailing slash.
 * A file with a precompressed sibling (`<file>.br`, written for Pagefind's
 * index) is answered with the sibling when the browser accepts brotli, as
 * nginx `brotli_static on` and Caddy `precompressed br` do; with
 * `precompressed: false` it serves the files themselves, as hosts without
 * that support do.
 * Used by the browser tests, the audit and the benchmarks.
 *
 * With `headers: true` (`--headers`) it also sends the headers that the build's
 * `_headers` file sets, as Netlify or Cloudflare Pages would (parsed and matched by
 * src/lib/security/headers.ts); src/lib/security/safe-path.ts keeps every request inside root.
 *
 *   node scripts/serve-dist.ts [--port 4321] [--root dist] [--headers]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../src/lib/security/headers.ts';
import { resolveInsideRoot, trailingSlashRedirect } from '../src/lib/security/safe-path.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.vcf': 'text/vcard; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const compressible = /^(text\/|application\/(json|geo\+json|xml|manifest\+json|wasm)|image\/svg)/;

/** True when an Accept-Encoding header lists brotli. */
const acceptsBrotli = (accept: string): boolean => /\bbr\b/.test(accept);

/** Resolves a URL path to a file inside root, or undefined when there is none. */
async function findFile(root: string, urlPath: string): Promise<{ file: string } | { redirect: string } | undefined> {
  const candidate = resolveInsideRoot(root, urlPath);
  if (candidate === undefined) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return { file: candidate };
    if (info.isDirectory()) {
      if (!candidate.endsWith(sep)) return { redirect: trailingSlashRedirect(urlPath) };
      const index = join(candidate, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return { file: index };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** How to serve: which folder, where, and like which kind of host. */
export interface ServeOptions {
  /** The built site. Default `dist`. */
  root?: string;
  /** Default 4321; `0` picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Send the headers of the build's `_headers` file, as Netlify or Cloudflare Pages do. Default false. */
  headers?: boolean;
  /** Answer with a file's `<file>.br` sibling when the browser accepts brotli. Default true. */
  precompressed?: boolean;
}

/** A running server: its address and how to stop it. */
export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Starts the server. Resolves once it listens; `port: 0` picks a free port. */
export async function serveDist({
  root = 'dist',
  port = 4321,
  host = '127.0.0.1',
  headers: applyHeaders = false,
  precompressed: useSiblings = true,
}: ServeOptions = {}): Promise<RunningServer> {
  const absoluteRoot = resolve(root);
  const headerRules = applyHeaders ? parseHeadersFile(await readFile(join(absoluteRoot, '_headers'), 'utf8')) : [];
  const cache = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const found = await findFile(absoluteRoot, url.pathname);
      if (found && 'redirect' in found) {
        res.writeHead(301, { Location: found.redirect + url.search });
        res.end();
        return;
      }
      const file = found?.file ?? join(absoluteRoot, '404.html');
      const status = found ? 200 : 404;
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...headersForPath(headerRules, url.pathname),
      };
      const accept = String(req.headers['accept-encoding'] ?? '');
      const sibling = `${file}.br`;
      const precompressed = useSiblings && acceptsBrotli(accept) ? await stat(sibling).catch(() => undefined) : undefined;
      if (precompressed?.isFile()) {
        res.writeHead(status, { ...headers, 'Content-Encoding': 'br', 'Content-Length': precompressed.size });
        if (req.method === 'HEAD') res.end();
        else createReadStream(sibling).pipe(res);
        return;
      }
      if (compressible.test(type) && /\b(br|gzip)\b/.test(accept)) {
        const encoding = acceptsBrotli(accept) ? 'br' : 'gzip';
        const key = `${encoding}:${file}`;
        let body = cache.get(key);
        if (!body) {
          const raw = await readFile(file);
          body =
            encoding === 'br'
              ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(raw, { level: 9 });
          cache.set(key, body);
        }
        res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const size = (await stat(file)).size;
      res.writeHead(status, { ...headers, 'Content-Length': size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: string): string => {
    const i = process.argv.indexOf(`--${name}`);
    return (i > 0 ? process.argv[i + 1] : undefined) ?? fallback;
  };
  const { url } = await serveDist({
    root: arg('root', 'dist'),
    port: Number(arg('port', '4321')),
    headers: process.argv.includes('--headers'),
  });
  console.log(`Serving dist/ at ${url}/ (Ctrl+C to stop)`);
}
