#!/usr/bin/env node
/**
 * Search benchmark (not a test): serves a built site on loopback with
 * compression, drives the real search page in Chromium and measures
 *  - bytes fetched (compressed, as transferred) by the first search on a cold
 *    page: pagefind.js, its WebAssembly, the language's metadata, index
 *    chunks, filters and result fragments — for a few first queries, from a
 *    host that serves the build's brotli copies of Pagefind's files
 *    (`<file>.br`) and from one that serves the files as Pagefind wrote them;
 *    — including a query with a typo, which also fetches the vocabulary;
 *  - median and 90th-percentile latency of a search on a warm page, from
 *    submitting the form to the results being on screen, over both query sets;
 *  - the size of the vocabulary files (typo correction);
 *  - what the hidden Georgian search keys cost: the Georgian index with and
 *    without them (the second build is made with SEARCH_KEYS=off).
 * It writes the results into its own section of docs/benchmarks.md.
 *
 *   npm run bench:search -- [--dist dist] [--no-keys-dist DIR]
 *
 * Without --no-keys-dist it builds that second site itself, into a
 * `dist-bench-no-keys-*` folder inside the project (Astro refuses an output
 * folder outside it), and removes it afterwards.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { localeCodes } from '../src/i18n/locales.ts';
import { kb, median } from './audit/budgets.ts';
import { writeSection } from './benchmark-notes.ts';
import { serveDist } from './serve-dist.ts';
import { launchBrowser } from '../tests/browser/support/browser.ts';

const { values: args } = parseArgs({
  options: { dist: { type: 'string', default: process.env['DIST_DIR'] ?? 'dist' }, 'no-keys-dist': { type: 'string' } },
});
const WARM_ROUNDS = 3;
const FIRST_QUERIES: Array<[lang: string, query: string]> = [
  ['ka', 'ბათუმში'],
  ['ka', 'batumi'],
  ['ka', 'პროფესიული განათლება'],
  ['en', 'Kutaisi'],
  // A word that matches nothing: search also fetches the vocabulary to correct it.
  ['ka', 'ქუთასი'],
  ['en', 'employmnet'],
  // A question: its question words are dropped, no vocabulary needed.
  ['ka', 'სად არის ოფისი ქუთაისში?'],
];
/** The query sets timed on a warm page (tests/search/<set>.<lang>.json). */
const QUERY_SETS = ['queries', 'forgiving'];
const START = '<!-- bench:search:start -->';
const END = '<!-- bench:search:end -->';

if (!existsSync(join(args.dist, 'pagefind', 'pagefind.js'))) {
  throw new Error(`${args.dist}/pagefind/ is missing: build the site first (npm run build).`);
}

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;

/** Sends `query` through the search page's form and resolves when the results are shown. */
async function submit(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const element = document.querySelector('site-search') as HTMLElement;
    const input = document.querySelector('#search-q') as HTMLInputElement;
    const start = performance.now();
    input.value = text;
    input.form?.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => (element.dataset['state'] === 'searching' ? requestAnimationFrame(check) : resolve());
      check();
    });
    return performance.now() - start;
  }, query);
}

/**
 * Body bytes the server sends, per request, while `sent` is set. Counted at
 * the server because Pagefind 1.6 fetches its files from a worker, which the
 * page's own network events do not show.
 */
let sent: Map<string, number> | undefined;
type Send = (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) => unknown;
for (const method of ['write', 'end'] as const) {
  const prototype = ServerResponse.prototype as unknown as Record<typeof method, Send>;
  const original = prototype[method];
  prototype[method] = function count(chunk, ...rest) {
    if (sent !== undefined && chunk && typeof chunk !== 'function') {
      const url = this.req?.url ?? '?';
      const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Uint8Array).length;
      sent.set(url, (sent.get(url) ?? 0) + bytes);
    }
    return original.call(this, chunk, ...rest);
  };
}

/** Pagefind files fetched by one first search: their URLs and bytes, and the total. */
interface FirstSearch {
  lang: string;
  query: string;
  bytes: number;
  files: Array<{ url: string; bytes: number }>;
}

/** Bytes of Pagefind's files transferred (compressed) for the first search on a freshly opened search page. */
async function firstSearchBytes(browser: Browser, baseUrl: string, lang: string, query: string): Promise<FirstSearch> {
  // No service worker: it would fetch other pages in the background and serve the search files from its cache.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${lang}/search/`, { waitUntil: 'networkidle' });
  const counted = new Map<string, number>();
  sent = counted;
  await submit(page, query);
  await page.waitForLoadState('networkidle');
  const files = [...counted].filter(([url]) => url.startsWith('/pagefind/')).map(([url, bytes]) => ({ url: decodeURI(url), bytes }));
  sent = undefined;
  await context.close();
  return { lang, query, bytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
}

/** Median search latency on a warm page over the queries of one query set. */
async function warmLatency(browser: Browser, baseUrl: string, lang: string, setName: string) {
  const set = JSON.parse(readFileSync(`tests/search/${setName}.${lang}.json`, 'utf8')) as { queries: Array<{ q: string }> };
  const queries = set.queries.map((q) => q.q);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${lang}/search/`, { waitUntil: 'networkidle' });
  for (const q of queries) await submit(page, q);
  const times: number[] = [];
  for (let round = 0; round < WARM_ROUNDS; round++) for (const q of queries) times.push(await submit(page, q));
  await context.close();
  return { lang, set: setName, runs: times.length, median: median(times), p90: percentile(times, 0.9) };
}

/**
 * Size on disk of one language's Pagefind index (metadata, index chunks,
 * filters, fragments) as Pagefind wrote it, and of the brotli copies of
 * those files (`.br`) separately; `chunks` counts the index chunks.
 */
function indexBytes(dist: string, lang: string) {
  const root = join(dist, 'pagefind');
  const files = [
    ...readdirSync(root).filter((f) => f.startsWith(`pagefind.${lang}_`)),
    ...['index', 'filter', 'fragment'].flatMap((folder) =>
      existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((f) => f.startsWith(`${lang}_`)).map((f) => `${folder}/${f}`) : [],
    ),
  ];
  const sum = (list: string[]) => list.reduce((s, f) => s + statSync(join(root, f)).size, 0);
  const written = files.filter((f) => !f.endsWith('.br'));
  const inFolder = (folder: string) => written.filter((f) => f.startsWith(`${folder}/`));
  return {
    total: sum(written),
    index: sum(inFolder('index')),
    filter: sum(inFolder('filter')),
    fragment: sum(inFolder('fragment')),
    chunks: inFolder('index').length,
    brotli: sum(files.filter((f) => f.endsWith('.br'))),
    // The files that have a .br copy (all but the fragments), as Pagefind wrote them.
    withSibling: sum(written.filter((f) => files.includes(`${f}.br`))),
  };
}

const buildNoKeys = args['no-keys-dist'] === undefined;
const noKeysDist = args['no-keys-dist'] ?? mkdtempSync(join(process.cwd(), 'dist-bench-no-keys-'));
if (buildNoKeys) {
  console.info(`building the site without search keys into ${noKeysDist} …`);
  execFileSync('astro', ['build', '--outDir', noKeysDist], { env: { ...process.env, SEARCH_KEYS: 'off' }, stdio: 'ignore' });
}

const server = await serveDist({ root: args.dist, port: 0 });
const plainServer = await serveDist({ root: args.dist, port: 0, precompressed: false });
const browser = await launchBrowser();
const first: FirstSearch[] = [];
const plain: FirstSearch[] = [];
for (const [lang, query] of FIRST_QUERIES) {
  first.push(await firstSearchBytes(browser, server.url, lang, query));
  plain.push(await firstSearchBytes(browser, plainServer.url, lang, query));
}
const warm = [];
for (const setName of QUERY_SETS) for (const lang of localeCodes) warm.push(await warmLatency(browser, server.url, lang, setName));
await browser.close();
await server.close();
await plainServer.close();

const vocabularies = localeCodes.map((lang) => {
  const file = readFileSync(join(args.dist, 'pagefind', `vocabulary.${lang}.txt`));
  const fetchedBy = first.filter((r) => r.lang === lang && r.files.some((f) => f.url.includes('vocabulary.'))).map((r) => `\`${r.query}\``);
  return {
    lang,
    words: file.toString('utf8').split('\n').filter((l) => l !== '').length,
    raw: file.length,
    gzip: gzipSync(file, { level: 9 }).length,
    brotli: brotliCompressSync(file).length,
    firstQueries: fetchedBy.length > 0 ? `here: ${fetchedBy.join(', ')}` : 'none of the queries above',
  };
});
const withKeys = indexBytes(args.dist, 'ka');
const withoutKeys = indexBytes(noKeysDist, 'ka');
const overhead = (withKeys.total / withoutKeys.total - 1) * 100;
if (buildNoKeys) rmSync(noKeysDist, { recursive: true, force: true });

const TARGET = 100 * 1024;
const largest = (runs: FirstSearch[]) => runs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const worst = largest(first);
const worstPlain = largest(plain);
const bytesOf = (run: FirstSearch, test: RegExp) => run.files.filter((f) => test.test(f.url)).reduce((s, f) => s + f.bytes, 0);
const countOf = (run: FirstSearch, test: RegExp) => run.files.filter((f) => test.test(f.url)).length;
const CORE = /pagefind(-worker)?\.js|\.pagefind$|pagefind-entry|pf_meta/;
const WASM = /\.pagefind$/;
const INDEX = /\/index\//;
const FRAGMENT = /\/fragment\//;
const pagefindCore = bytesOf(worst, CORE);
const worstIndex = bytesOf(worst, INDEX);
const keysInChunks = withKeys.index - withoutKeys.index;
const percentSmaller = (smaller: number, larger: number) => `${((1 - smaller / larger) * 100).toFixed(0)} %`;
const verdict = (bytes: number) => (bytes <= TARGET ? `**met** (${kb(TARGET - bytes)} to spare)` : `**not met** (${kb(bytes - TARGET)} over)`);
const lines = [
  START,
  '## Search (Pagefind with Georgian search keys)',
  '',
  `Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}: the built site served on loopback with`,
  'brotli/gzip (scripts/serve-dist.ts), Debian Chromium, a fresh browser context for each cold run. Loopback has no',
  'network delay, so latency here is the work done in the browser (Pagefind plus our query expansion, fallback',
  'guard and excerpts), not a phone on mobile data.',
  '',
  '### Bytes for the first search on a cold search page (target ≤ 100 KB incl. the wasm)',
  '',
  'Pagefind gzips its binary files itself. The build also writes a brotli copy (`<file>.br`) next to each but the page fragments;',
  'a host that serves precompressed files (nginx with ngx_brotli `brotli_static`, Caddy `precompressed br`,',
  'scripts/serve-dist.ts) sends that copy, other hosts (Netlify, Cloudflare Pages, GitHub Pages) the file as',
  'Pagefind wrote it. Both are measured: the same requests, only the encoding of those files differs.',
  '',
  '| site | query | requests | host serving the .br copies | host serving Pagefind\'s files as written |',
  '| --- | --- | ---: | ---: | ---: |',
  ...first.map((r, i) => {
    const other = plain[i] ?? { files: [], bytes: 0 };
    const requests = r.files.length === other.files.length ? `${r.files.length}` : `${r.files.length} / ${other.files.length}`;
    return `| ${r.lang} | \`${r.query}\` | ${requests} | ${kb(r.bytes)} | ${kb(other.bytes)} |`;
  }),
  '',
  `Largest: ${kb(worst.bytes)} with the .br copies (\`${worst.query}\`). Of that, ${kb(pagefindCore)} is fixed: Pagefind 1.6's script,`,
  `its WebAssembly (${kb(bytesOf(worst, WASM))}) and the language metadata (the search runs without Pagefind's web worker). The`,
  `Georgian word index is ${withKeys.chunks === 1 ? `one chunk (${kb(worstIndex)} here), which every first search fetches` : `${withKeys.chunks} chunks, of which this search fetches ${countOf(worst, INDEX)} (${kb(worstIndex)})`}; the keys`,
  `add ${kb(keysInChunks)} to the index chunks as written. The other ${kb(bytesOf(worst, FRAGMENT))} are ${countOf(worst, FRAGMENT)} fragments of the results shown (five at`,
  'first; the fallback guard reads one result per searched term, usually one of those). Interface text that is the same on every page of a kind (back',
  'links, the directions note, the mini map caption, related programs …) is marked `data-pagefind-ignore`, so it',
  'is in neither the index nor the fragments.',
  '',
  `The 100 KB target: ${verdict(worst.bytes)} from a host that serves the .br copies (for the Georgian files that have one they`,
  `are ${percentSmaller(withKeys.brotli, withKeys.withSibling)} smaller than Pagefind's own gzip; page fragments have none); ${verdict(worstPlain.bytes)} from other hosts (largest ${kb(worstPlain.bytes)}).`,
  '',
  '### Search latency on a warm page (target: median ≤ 50 ms)',
  '',
  '| site | query set | searches | median | 90th percentile |',
  '| --- | --- | ---: | ---: | ---: |',
  ...warm.map((w) => `| ${w.lang} | ${w.set} | ${w.runs} | ${w.median.toFixed(1)} ms | ${w.p90.toFixed(1)} ms |`),
  '',
  `Each query of tests/search/<set>.<lang>.json, ${WARM_ROUNDS} rounds after one warm-up round; timed from submitting the form`,
  'to the results being in the page. `queries`: single words and short phrases; `forgiving`: typos, whole questions,',
  'diacritics and misspelled English (a corrected word costs a second round of term searches).',
  '',
  '### The vocabulary (typo correction)',
  '',
  '| site | words | file | gzip | brotli | fetched by a first search |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...vocabularies.map((v) => `| ${v.lang} | ${v.words} | ${kb(v.raw)} | ${kb(v.gzip)} | ${kb(v.brotli)} | only when a word matches nothing (${v.firstQueries}) |`),
  '',
  'The vocabulary (`/pagefind/vocabulary.<lang>.txt`, "word count" per line) is fetched once per page, the first time a',
  'query word matches nothing; a query whose words are on the site never fetches it. Hosts compress it as text.',
  '',
  '### Index size: what the hidden search keys cost',
  '',
  '| Georgian index | total | index chunks | fragments | filters |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| without keys | ${kb(withoutKeys.total)} | ${kb(withoutKeys.index)} | ${kb(withoutKeys.fragment)} | ${kb(withoutKeys.filter)} |`,
  `| with keys | ${kb(withKeys.total)} | ${kb(withKeys.index)} | ${kb(withKeys.fragment)} | ${kb(withKeys.filter)} |`,
  '',
  `Overhead of the keys: ${overhead >= 0 ? '+' : ''}${overhead.toFixed(0)} % on the whole Georgian index (files as written, already`,
  'compressed by Pagefind). The keys sit in a metadata field, so they are in the index chunks and in each page\'s',
  'fragment; a search only fetches the chunks for its terms and the fragments of the results it shows.',
  `The .br copies of the Georgian index (with keys) take another ${kb(withKeys.brotli)} on disk.`,
  END,
];
const section = lines.join('\n');
writeSection(START, END, section);
console.info(section);
