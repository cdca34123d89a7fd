/**
 * Builds the Pagefind search index after `astro build`, in whatever output
 * folder the build used (`astro build --outDir X` works), one index per
 * language (Pagefind splits by `<html lang>`).
 *
 * Every indexed page is handed to Pagefind with its hidden search keys added
 * and its adjacent elements spaced apart, in memory (see
 * src/lib/search/page-html.ts): the built HTML is not changed.
 * Set `SEARCH_KEYS=off` to build the index without keys (used by the bench to
 * measure what the keys cost).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchKeysForText } from '../lib/search/keys';
import {
  indexedLanguage,
  searchableText,
  separateAdjacentElements,
  urlOfBuiltFile,
  withSearchKeys,
} from '../lib/search/page-html';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The Astro integration: runs Pagefind over the output folder when the build is done. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'returnee-portal:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const withKeys = process.env['SEARCH_KEYS'] !== 'off';
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of await htmlFiles(outDir)) {
          const url = urlOfBuiltFile(relative(outDir, file));
          const lang = indexedLanguage(url);
          if (lang === undefined) continue;
          const html = separateAdjacentElements(await readFile(file, 'utf8'));
          const content = withKeys ? withSearchKeys(html, searchKeysForText(searchableText(html), lang)) : html;
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
          pages += 1;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${pages} pages${withKeys ? ' with search keys' : ' WITHOUT search keys'}`);
      },
    },
  };
}
