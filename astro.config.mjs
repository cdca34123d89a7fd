// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

const site = (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');

/** Every page has a twin in the other language at the same path after the prefix. */
const languages = { ka: 'ka', en: 'en' };

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => /\/(ka|en)\//.test(new URL(page).pathname),
      i18n: { defaultLocale: 'ka', locales: languages },
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
