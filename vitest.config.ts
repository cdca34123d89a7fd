import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, each in its own folder:
 * - unit: pure functions in src/lib and scripts/, run in Node (`*.test.ts`), mirroring their paths.
 * - content: builds the site from broken fixture content and expects a clear failure.
 * - browser: Debian Chromium against the built site in dist/ (`*.spec.ts`), served by scripts/serve-dist.ts.
 * - nginx: the specs where the web server matters (headers, offline, search's precompressed index,
 *   open data and CORS, hosting), again against a real nginx with the configuration the build writes.
 */
const browserProject = {
  setupFiles: ['tests/browser/support/no-other-hosts.ts'],
  testTimeout: 120_000,
  hookTimeout: 120_000,
  maxWorkers: 2,
};

export default defineConfig({
  resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          ...browserProject,
          name: 'browser',
          include: ['tests/browser/**/*.spec.ts'],
          globalSetup: ['tests/browser/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          ...browserProject,
          name: 'nginx',
          include: ['tests/browser/{security,offline,search,open-data,hosting}.spec.ts'],
          globalSetup: ['tests/browser/support/nginx-global-setup.ts'],
        },
      },
    ],
  },
});
