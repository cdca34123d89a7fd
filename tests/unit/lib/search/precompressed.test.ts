import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGEFIND_SIGNATURE, brotliSibling, hasBrotliSibling } from '../../../../src/lib/search/precompressed';

describe('hasBrotliSibling', () => {
  it.each([
    'wasm.unknown.pagefind',
    'wasm.en.pagefind',
    'pagefind.ka_1e72148a54.pf_meta',
    'index/ka_8cb3f6e.pf_index',
    'filter/ka_3a1b2c4.pf_filter',
  ])('gives %s a sibling (Pagefind gzips it inside the file)', (path) => {
    expect(hasBrotliSibling(path)).toBe(true);
  });

  it.each([
    'pagefind.js',
    'pagefind-entry.json',
    'pagefind-ui.css',
    'pagefind-worker.js',
    'index/ka_8cb3f6e.pf_index.br',
    'wasm.unknown.pagefind.br',
    'fragment/en_659b08c.pf_fragment',
  ])('leaves %s alone (text, a sibling already, or a page fragment)', (path) => {
    expect(hasBrotliSibling(path)).toBe(false);
  });
});

describe('brotliSibling', () => {
  const content = Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE), Buffer.from(JSON.stringify({ url: '/ka/places/iom-poti/', content: 'ფოთი '.repeat(200) }))]);

  it('holds the un-gzipped file, signature first, so Pagefind skips its own gunzip', async () => {
    const sibling = await brotliSibling(gzipSync(content));
    expect(brotliDecompressSync(sibling).equals(content)).toBe(true);
  });

  it('is smaller than the gzipped file it stands for', async () => {
    const gzipped = gzipSync(content);
    expect((await brotliSibling(gzipped)).length).toBeLessThan(gzipped.length);
  });

  it('refuses a file without the signature inside, or one that is not gzip', async () => {
    await expect(brotliSibling(gzipSync(Buffer.from('{"url":"/ka/"}')))).rejects.toThrow(/signature/);
    await expect(brotliSibling(Buffer.from('pagefind_dcd not gzipped'))).rejects.toThrow();
  });
});
