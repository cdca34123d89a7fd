import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../../scripts/serve-dist.ts';
import { distDir } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Loopback address of the built site, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Loopback address of a second origin, for embedding pages in an iframe from "another site". */
    otherOrigin: string;
  }
}

/** Serves dist/ once for all browser tests, plus a second loopback origin. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`${distDir}/ is missing: run \`npm run build\` before the browser tests (\`npm test\` does both).`);
  }
  // Send the build's security headers (dist/_headers) as a host would, so tests see them.
  const site = await serveDist({ root: distDir, port: 0, headers: existsSync(`${distDir}/_headers`) });
  const other = await serveDist({ root: 'tests/browser/fixtures/other-origin', port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', site.url);
  project.provide('otherOrigin', other.url.replace('127.0.0.1', 'localhost'));
  return async () => {
    await site.close();
    await other.close();
  };
}
