#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium (Playwright's own download does not work on our
 * machines) and run some specs against Debian's nginx with the build's configuration and the
 * brotli static module. Installs what is missing with apt-get, as root or with sudo, in one go;
 * stops with what to do when it may not, and fails loudly when apt-get fails or leaves a file
 * missing. `npm test` runs it first (`pretest`).
 *
 * CHROMIUM_PATH and NGINX_PATH point at other installs; then nothing is installed for them.
 *
 *   node scripts/ensure-test-tools.ts
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** One tool the tests need: the file that shows it is installed, and the Debian package that brings it. */
export interface Tool {
  name: string;
  file: string;
  /** Undefined when a custom path was given: not ours to install. */
  debianPackage: string | undefined;
}

/** What the browser tests need, given the environment's overrides. */
export function testTools(env: Record<string, string | undefined> = process.env): Tool[] {
  const nginx = env['NGINX_PATH'];
  return [
    { name: 'Chromium', file: env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', debianPackage: env['CHROMIUM_PATH'] ? undefined : 'chromium' },
    { name: 'nginx', file: nginx ?? '/usr/sbin/nginx', debianPackage: nginx ? undefined : 'nginx-light' },
    ...(nginx
      ? []
      : [
          {
            name: "nginx's brotli static module",
            file: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
            debianPackage: 'libnginx-mod-http-brotli-static',
          },
        ]),
  ];
}

/**
 * The apt-get command that installs `packages`, or undefined when there is nothing to install.
 *
 * @example installCommand(['nginx-light'], 'sudo ') // 'sudo apt-get update -qq && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light'
 */
export function installCommand(packages: readonly string[], sudo: '' | 'sudo '): string | undefined {
  if (packages.length === 0) return undefined;
  return `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`;
}

function main(): void {
  const missing = testTools().filter((tool) => !existsSync(tool.file));
  if (missing.length === 0) return;
  const custom = missing.filter((tool) => tool.debianPackage === undefined);
  if (custom.length > 0) {
    for (const tool of custom) console.error(`${tool.name} is missing at ${tool.file} (set by the environment).`);
    process.exit(1);
  }
  const packages = missing.map((tool) => tool.debianPackage ?? '');
  const root = process.getuid?.() === 0;
  const sudo = !root && existsSync('/usr/bin/sudo') ? 'sudo ' : '';
  if (!root && !sudo) {
    console.error(`Missing for the browser tests: ${missing.map((t) => t.file).join(', ')}. Install them: apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  const command = installCommand(packages, sudo) ?? '';
  console.log(`Installing Debian packages for the browser tests: ${packages.join(', ')}…`);
  try {
    execSync(command, { stdio: 'inherit' });
  } catch (error) {
    console.error(`apt-get failed (${(error as Error).message.split('\n')[0]}). Install by hand: apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  const still = missing.filter((tool) => !existsSync(tool.file));
  if (still.length > 0) {
    console.error(`apt-get finished but these are still missing: ${still.map((t) => `${t.file} (${t.debianPackage})`).join(', ')}.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
