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
 * src/lib/security/headers.ts). src/lib/security/safe-path.ts turns every request into one
 * canonical path inside root (decoded, `.`, `..` and repeated slashes resolved), which decides
 * both the file and its headers — a folder's `index.html` gets the folder's headers — and
 * answers what it cannot read with 400. The host's own files (`_headers`, the nginx
 * configuration) are not served.
 *
 *   node scripts/serve-dist.ts [--port 4321] [--root dist] [--headers]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentTypeOf, isCompressible } from '../src/lib/security/content-types.ts';
import { headersForPath, hostConfigFiles, parseHeadersFile, revalidateCache } from '../src/lib/security/headers.ts';
import { canonicalRequest, servedPath, trailingSlashRedirect } from '../src/lib/security/safe-path.ts';

/** True when an Accept-Encoding header lists brotli. */
const acceptsBrotli = (accept: string): boolean => /\bbr\b/.test(accept);

/** The file a canonical path names inside root (a folder's index.html), a redirect to add the slash, or undefined. */
async function findFile(root: string, path: string): Promise<{ file: string } | { redirect: string } | undefined> {
  if (hostConfigFiles.some((name) => path === `/${name}`)) return undefined;
  const candidate = join(root, path);
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return { file: candidate };
    if (info.isDirectory()) {
      if (!path.endsWith('/')) return { redirect: trailingSlashRedirect(path) };
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
      const request = canonicalRequest(req.url ?? '');
      if (!request) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Bad request\n');
        return;
      }
      const found = await findFile(absoluteRoot, request.path);
      if (found && 'redirect' in found) {
        res.writeHead(301, { Location: found.redirect + request.search });
        res.end();
        return;
      }
      const file = found?.file ?? join(absoluteRoot, '404.html');
      const status = found ? 200 : 404;
      const type = contentTypeOf(file);
      // Headers of the file actually served, by its one canonical path: never of the raw URL.
      const headers = {
        'Content-Type': type,
        'Cache-Control': revalidateCache,
        Vary: 'Accept-Encoding',
        ...headersForPath(headerRules, servedPath(relative(absoluteRoot, file))),
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
      if (isCompressible(type) && /\b(br|gzip)\b/.test(accept)) {
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
      // The details go to the console of whoever runs the server, never to the visitor.
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error\n');
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
