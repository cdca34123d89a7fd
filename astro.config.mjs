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

const site = (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');

/** Every page has a twin in the other language at the same path after the prefix. */
const languages = Object.fromEntries(localeCodes.map((code) => [code, locales[code].bcp47]));

/** Origin of the optional online tile layer (src/site.config.ts); the CSP allows its images. */
const tileOrigin = /** @type {{ tileLayer?: { url?: string } }} */ (siteConfig).tileLayer?.url;
/** The site's CSP (src/lib/security/headers.ts); Astro adds the hashes of its own inline code. */
const csp = Object.fromEntries(contentSecurityPolicy({ tileOrigin }));

export default defineConfig({
  site,
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
    mdx(),
    securityHeaders({ tileOrigin }),
    sitemap({
      // Embeds (`/<lang>/embed/…`) are frames for other sites, noindex: not listed.
      filter: (page) => localePathPattern('/(?!embed/)').test(new URL(page).pathname),
      i18n: { defaultLocale, locales: languages },
    }),
    searchIndex(),
    // Last: it lists the files the other integrations wrote.
    serviceWorker(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
