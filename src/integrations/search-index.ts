/**
 * Builds the Pagefind search index after `astro build`, in whatever output
 * folder the build used (`astro build --outDir X` works), one index per
 * language (Pagefind splits by `<html lang>`).
 *
 * Every indexed page is handed to Pagefind with its hidden search keys added
 * and its adjacent elements spaced apart, in memory (see
 * src/lib/search/page-html.ts): the built HTML is not changed.
 * Set `SEARCH_KEYS=off` to build the index without keys (used by the bench to
 * measure what the keys cost). Pagefind's wasm, metadata, index and filter
 * files then get brotli siblings (`<file>.br`, see src/integrations/pagefind-brotli.ts). Next to the index
 * go the words of each language's pages with their counts (`vocabulary.<lang>.txt`, see
 * src/lib/search/vocabulary.ts), from which search corrects a word that matches nothing.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Locale } from '../i18n/locales';
import { searchKeysForText } from '../lib/search/keys';
import { countVocabulary, serialiseVocabulary } from '../lib/search/vocabulary';
import {
  indexedLanguage,
  searchableText,
  separateAdjacentElements,
  urlOfBuiltFile,
  withSearchKeys,
  withoutIds,
} from '../lib/search/page-html';
import { writeBrotliSiblings } from './pagefind-brotli';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Name of one language's vocabulary file in the index folder (fetched by the search page on a word that matches nothing). */
export const vocabularyFile = (lang: Locale): string => `vocabulary.${lang}.txt`;

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
        // The pages as Pagefind should read them go to a scratch folder that Pagefind
        // indexes in one call: it reads a folder in parallel, one page at a time it
        // does not (on the 9,084-page scale bench: about half the time).
        const scratch = await mkdtemp(join(tmpdir(), 'portal-search-'));
        let pages = 0;
        const texts = new Map<Locale, string[]>();
        try {
          for (const file of await htmlFiles(outDir)) {
            const path = relative(outDir, file);
            const lang = indexedLanguage(urlOfBuiltFile(path));
            if (lang === undefined) continue;
            const html = withoutIds(separateAdjacentElements(await readFile(file, 'utf8')));
            const text = searchableText(html);
            texts.set(lang, [...(texts.get(lang) ?? []), text]);
            const content = withKeys ? withSearchKeys(html, searchKeysForText(text, lang)) : html;
            await mkdir(dirname(join(scratch, path)), { recursive: true });
            await writeFile(join(scratch, path), content);
            pages += 1;
          }
          const added = await index.addDirectory({ path: scratch });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count !== pages) throw new Error(`Pagefind indexed ${added.page_count} of ${pages} pages`);
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        for (const [lang, langTexts] of texts) {
          const vocabulary = countVocabulary(langTexts, lang);
          await writeFile(join(outDir, 'pagefind', vocabularyFile(lang)), serialiseVocabulary(vocabulary));
          logger.info(`${vocabularyFile(lang)}: ${vocabulary.size} words`);
        }
        logger.info(`indexed ${pages} pages${withKeys ? ' with search keys' : ' WITHOUT search keys'}`);
        const br = await writeBrotliSiblings(join(outDir, 'pagefind'));
        logger.info(`${br.files} brotli siblings (*.br): ${(br.brotli / 1024).toFixed(0)} KB for ${(br.gzip / 1024).toFixed(0)} KB gzipped`);
      },
    },
  };
}
