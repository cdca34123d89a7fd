import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../../scripts/serve-dist.ts';
import { startNginx } from './nginx';
import { distDir } from './site';

/** Which web server serves the built site to a project's specs. */
export type SiteServer = 'node' | 'nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Loopback address of the built site, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Loopback address of a second origin, for embedding pages in an iframe from "another site". */
    otherOrigin: string;
    /** What serves the site: scripts/serve-dist.ts with dist/_headers, or nginx with the build's configuration. */
    server: SiteServer;
  }
}

/**
 * Serves dist/ once for all browser tests of a project, plus a second loopback origin: with
 * scripts/serve-dist.ts (project `browser`), or with a real nginx and the configuration the build
 * wrote (project `nginx`, tests/browser/support/nginx.ts).
 */
export async function serveSite(project: TestProject, server: SiteServer) {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`${distDir}/ is missing: run \`npm run build\` before the browser tests (\`npm test\` does both).`);
  }
  const site =
    server === 'nginx'
      ? await startNginx(distDir)
      : // Send the build's security headers (dist/_headers) as a host would, so tests see them.
        await serveDist({ root: distDir, port: 0, headers: existsSync(`${distDir}/_headers`) });
  const other = await serveDist({ root: 'tests/browser/fixtures/other-origin', port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', site.url);
  project.provide('otherOrigin', other.url.replace('127.0.0.1', 'localhost'));
  project.provide('server', server);
  return async () => {
    await site.close();
    await other.close();
  };
}

export default (project: TestProject) => serveSite(project, 'node');
