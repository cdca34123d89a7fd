import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const project = resolve('.');
const outDir = mkdtempSync(join(tmpdir(), 'portal-no-site-url-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/**
 * Runs a build command in the project with `env` in place of CI, NODE_ENV and SITE_URL, writing
 * (should the guard ever let it through) to a throwaway folder, never over dist/.
 */
async function build(command: string, args: string[], env: Record<string, string>) {
  const { CI: _ci, NODE_ENV: _nodeEnv, SITE_URL: _siteUrl, ...rest } = process.env;
  const started = Date.now();
  try {
    const { stdout, stderr } = await run(command, [...args, '--outDir', outDir], {
      cwd: project,
      env: { ...rest, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr, seconds: (Date.now() - started) / 1000 };
  }
}

describe('a production build without SITE_URL stops with what to set, before any page is built', () => {
  it('`astro build` under CI=true', async () => {
    const { code, output, seconds } = await build(join(project, 'node_modules/.bin/astro'), ['build'], { CI: 'true' });
    expect(code).not.toBe(0);
    expect(output).toContain('SITE_URL is not set, and this is a production build (CI=true).');
    expect(output).toContain('SITE_URL=https://returnees.example.ge npm run build');
    expect(output).not.toMatch(/page\(s\) built|Collecting build info/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    // Config loading only (about 7 s on a quiet machine); a build that ran would take minutes.
    expect(seconds).toBeLessThan(90);
  });

  it('`npm run build` with NODE_ENV=production (which Astro itself sets in every build, so npm checks it first)', async () => {
    const { code, output, seconds } = await build('npm', ['run', 'build', '--'], { NODE_ENV: 'production' });
    expect(code).not.toBe(0);
    expect(output).toContain('SITE_URL is not set, and this is a production build (NODE_ENV=production).');
    expect(output).not.toContain('[build]');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    expect(seconds).toBeLessThan(15);
  });
});
