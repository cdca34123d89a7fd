/**
 * Brotli-compressed copies of Pagefind's index files, for hosts that serve a
 * precompressed sibling (`<file>.br`) to browsers that accept brotli: nginx
 * with `brotli_static on`, Caddy with `precompressed br`, scripts/serve-dist.ts.
 *
 * Pagefind gzips its binary files inside the file (the WebAssembly, metadata,
 * index chunks, filters and fragments), and its script un-gzips them after
 * fetching — unless the data already starts with its signature
 * `pagefind_dcd`. A sibling holds the un-gzipped file compressed with brotli
 * instead: the browser undoes the brotli (`Content-Encoding: br`), Pagefind
 * finds its signature and skips its own gunzip. The original files stay as
 * they are, so hosts without precompressed files serve exactly what they
 * served before.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip } from 'node:zlib';

/** What each of Pagefind's binary files starts with once un-gzipped. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Name suffix of a precompressed sibling, as nginx and Caddy look for it. */
export const BROTLI_SUFFIX = '.br';

/**
 * Extensions of the files Pagefind 1.6 gzips inside the file, less the
 * fragments: one per page, about 1 KB each, so brotli saves some 0.2 KB per
 * result shown but costs about 6 ms per file to make (40 s of the scale
 * bench's 7,000-page build).
 */
const SIBLING_EXTENSIONS = /\.(pagefind|pf_meta|pf_index|pf_filter)$/u;

/**
 * Whether a file of Pagefind's output gets a brotli sibling: the files
 * Pagefind gzips itself, except the page fragments. Its scripts, styles and
 * `pagefind-entry.json` are text, which hosts compress on the fly anyway.
 *
 * @example hasBrotliSibling('wasm.unknown.pagefind') // true
 * @example hasBrotliSibling('fragment/ka_1a2b3c4.pf_fragment') // false (one per page: not worth the build time)
 * @example hasBrotliSibling('pagefind.js') // false
 * @example hasBrotliSibling('index/ka_1a2b3c4.pf_index.br') // false (already a sibling)
 */
export function hasBrotliSibling(path: string): boolean {
  return SIBLING_EXTENSIONS.test(path);
}

const gunzipAsync = promisify(gunzip);
const brotliAsync = promisify(brotliCompress);

/**
 * The brotli sibling of one of Pagefind's gzipped files: the file un-gzipped
 * (so it starts with {@link PAGEFIND_SIGNATURE}) and brotli-compressed at
 * quality 11. Rejects a file that does not un-gzip to Pagefind's signature:
 * a sibling of it would break search, so a Pagefind release that changes its
 * file format stops the build instead.
 */
export async function brotliSibling(file: Uint8Array): Promise<Buffer> {
  const raw = await gunzipAsync(file);
  if (raw.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) {
    throw new Error(`does not start with Pagefind's signature "${PAGEFIND_SIGNATURE}" once un-gzipped`);
  }
  return brotliAsync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
}
