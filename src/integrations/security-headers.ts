/**
 * Astro integration: after the build, writes the security header files for hosts that read
 * them — `_headers` (Netlify, Cloudflare Pages), `nginx-security.conf` and `nginx-brotli.conf` — from the same
 * policy as the `<meta http-equiv="content-security-policy">` tag on every page.
 *
 * The header policy must allow whatever the meta policy allows (the browser enforces both),
 * so the hashes Astro put in each page's meta tag are collected and added to it.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, metaPolicyHashes, renderHeadersFile } from '../lib/security/headers';
import { nginxFiles, renderNginxBrotliSnippet, renderNginxSnippet } from '../lib/security/nginx';

/** Every .html file under a folder, as site paths (`/ka/about/`, `/404.html`). */
export async function builtPages(dir: string): Promise<Array<{ path: string; file: string }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      const path = `/${relative(dir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
      return { path, file };
    });
}

export default function securityHeaders(options: { tileOrigin?: string | undefined } = {}): AstroIntegration {
  return {
    name: 'returnee-portal:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await builtPages(root);
        const scriptHashes = new Set<string>();
        const styleHashes = new Set<string>();
        for (const { file } of pages) {
          const html = await readFile(file, 'utf8');
          for (const h of metaPolicyHashes(html, 'script-src')) scriptHashes.add(h);
          for (const h of metaPolicyHashes(html, 'style-src')) styleHashes.add(h);
        }
        const rules = headerRules(
          pages.map((p) => p.path),
          { tileOrigin: options.tileOrigin, scriptHashes: [...scriptHashes], styleHashes: [...styleHashes] },
        );
        await writeFile(join(root, '_headers'), renderHeadersFile(rules));
        await writeFile(join(root, nginxFiles.site), renderNginxSnippet(rules));
        await writeFile(join(root, nginxFiles.brotli), renderNginxBrotliSnippet());
        logger.info(`_headers, ${nginxFiles.site} and ${nginxFiles.brotli}: ${rules.length} rules for ${pages.length} pages`);
      },
    },
  };
}
