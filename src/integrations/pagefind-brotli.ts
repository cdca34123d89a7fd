/**
 * After Pagefind has written its index: a brotli sibling, `<file>.br`, next to
 * each file that `hasBrotliSibling` picks (what Pagefind gzips itself, less the
 * page fragments), for hosts that serve precompressed files (see
 * src/lib/search/precompressed.ts). The originals are not touched.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { BROTLI_SUFFIX, brotliSibling, hasBrotliSibling } from '../lib/search/precompressed';

/** Files compressed at once: the compression runs on Node's thread pool, so every core works. */
const AT_ONCE = 4;

/**
 * Writes the siblings under Pagefind's output folder.
 * Returns how many, and the bytes of the originals and of their siblings.
 */
export async function writeBrotliSiblings(pagefindDir: string): Promise<{ files: number; gzip: number; brotli: number }> {
  const entries = await readdir(pagefindDir, { recursive: true, withFileTypes: true });
  const files = entries
    .map((e) => join(e.parentPath, e.name))
    .filter((file, i) => entries[i]?.isFile() === true && hasBrotliSibling(relative(pagefindDir, file).split(sep).join('/')));
  const totals = { files: files.length, gzip: 0, brotli: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      const gzipped = await readFile(file);
      const sibling = await brotliSibling(gzipped).catch((error: unknown) => {
        throw new Error(`Pagefind's ${relative(pagefindDir, file)} ${error instanceof Error ? error.message : String(error)}`);
      });
      await writeFile(file + BROTLI_SUFFIX, sibling);
      totals.gzip += gzipped.length;
      totals.brotli += sibling.length;
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return totals;
}
