// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes, localePathPattern, locales } from './src/i18n/locales.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { contentSecurityPolicy } from './src/lib/security/headers.ts';
import * as siteConfig from './src/site.config.ts';
import searchIndex from './src/integrations/search-index.ts';
import contentSyntax from './src/integrations/content-syntax.ts';
import siteUrlGuard from './src/integrations/site-url-guard.ts';
import georgianFont from './src/integrations/georgian-font.ts';

/** Every page has a twin in the other language at the same path after the prefix. */
const languages = Object.fromEntries(localeCodes.map((code) => [code, locales[code].bcp47]));

/** Origin of the optional online tile layer (src/site.config.ts); the CSP allows its images. */
const tileOrigin = /** @type {{ tileLayer?: { url?: string } }} */ (siteConfig).tileLayer?.url;
/** The site's CSP (src/lib/security/headers.ts); Astro adds the hashes of its own inline code. */
const csp = Object.fromEntries(contentSecurityPolicy({ tileOrigin }));

export default defineConfig({
  // SITE_URL, or the local preview address outside production builds (src/lib/site/site-url.ts).
  site: siteConfig.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  security: {
    csp: {
      directives: Object.entries(csp)
        .filter(([name]) => name !== 'script-src' && name !== 'style-src')
        .map(([name, sources]) => /** @type {any} */ (`${name} ${sources.join(' ')}`)),
      scriptDirective: { resources: [...(csp['script-src'] ?? [])] },
      styleDirective: { resources: [...(csp['style-src'] ?? [])] },
    },
  },
  integrations: [
    // First of all: a production build without SITE_URL stops before any work.
    siteUrlGuard(),
    // Then: a YAML typo in content/ stops the build with file, line and fix.
    contentSyntax(),
    mdx(),
    securityHeaders({ tileOrigin }),
    sitemap({
      // Embeds (`/<lang>/embed/…`) are frames for other sites, noindex: not listed.
      filter: (page) => localePathPattern('/(?!embed/)').test(new URL(page).pathname),
      i18n: { defaultLocale, locales: languages },
    }),
    searchIndex(),
    // Before the service worker, which precaches the fonts with a hash of their content.
    georgianFont(),
    // Last: it lists the files the other integrations wrote.
    serviceWorker(),
  ],
  // No page shows highlighted code, so no Shiki: its inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // Code that two or more pages' scripts share goes into one chunk instead of a dozen of
        // 1-2 KB: each request carries about 1.2 KB of headers, so the places page fetched 21 files.
        output: { codeSplitting: { groups: [{ name: 'shared', test: /[\\/]src[\\/]/, minShareCount: 2 }] } },
        // Astro's MDX integration marks each MDX module with a "use astro:head-inject"
        // directive that the bundler reports as lost; Astro handles it itself and no
        // editor can act on it. Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
