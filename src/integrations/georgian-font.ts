/**
 * Astro integration: after the build, cuts the self-hosted Noto Sans Georgian (variable,
 * weights 400–700) in `dist/fonts/` down to the glyphs the site shows
 * (src/lib/fonts/georgian-subset.ts): the Georgian characters of every built page, script
 * and data file, plus the modern alphabet for what visitors type. HarfBuzz's subsetter (the
 * `subset-font` package) writes it again as WOFF2 under the same name, so the stylesheet,
 * the CSP (`font-src 'self'`) and the service worker, which runs after this and precaches
 * `fonts/*.woff2` with a hash of their content, all see the cut file.
 *
 * Most Georgian phones never download them: the @font-face rules try the installed
 * Noto Sans Georgian first (src/styles/global.css).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { georgianCharacters, isTextSource, subsetCharacters } from '../lib/fonts/georgian-subset';

/** The font files the subset replaces, relative to the build's output folder. */
export const georgianFontFiles = /^fonts\/noto-sans-georgian[\w-]*\.woff2$/;

/** Every built file whose text may reach the screen, relative to `root`. */
async function textSources(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && isTextSource(e.name)).map((e) => relative(root, join(e.parentPath, e.name)));
}

export default function georgianFont(): AstroIntegration {
  return {
    name: 'returnee-portal:georgian-font',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const sources = await textSources(root);
        // One file at a time, keeping only its Georgian letters: a large site has tens of thousands
        // of files (all read at once, the scale bench ran out of file handles) and its text would fill memory.
        const perFile: string[] = [];
        for (const file of sources) perFile.push(georgianCharacters([await readFile(join(root, file), 'utf8')]));
        const characters = subsetCharacters(perFile);
        const fonts = (await readdir(join(root, 'fonts'))).map((name) => `fonts/${name}`).filter((file) => georgianFontFiles.test(file));
        if (fonts.length === 0) throw new Error('No fonts/noto-sans-georgian*.woff2 in the build: public/fonts/ lost its Georgian font.');
        for (const file of fonts) {
          const path = join(root, file);
          const original = await readFile(path);
          // Name records 0, 13 and 14: the copyright and the licence, which the OFL asks to keep with the font.
          const subset = await subsetFont(original, characters, { targetFormat: 'woff2', preserveNameIds: [0, 13, 14] });
          await writeFile(path, subset);
          logger.info(`${file}: ${(original.length / 1024).toFixed(1)} KB → ${(subset.length / 1024).toFixed(1)} KB`);
        }
        logger.info(`${[...characters].length} Georgian characters kept, from ${sources.length} files`);
      },
    },
  };
}
