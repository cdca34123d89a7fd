/**
 * A real nginx serving the built site on loopback with the configuration the build writes
 * (`nginx-security.conf`, and `nginx-brotli.conf` when this nginx has the brotli static module),
 * as README "Hosting with nginx" describes. Everything nginx writes (pid, logs, temp files) goes
 * to a temporary folder, so it needs no root and no system paths. Debian's nginx is installed by
 * scripts/ensure-test-tools.ts (`npm test`'s pretest); NGINX_PATH overrides /usr/sbin/nginx.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxFiles, nginxString as q } from '../../../src/lib/security/nginx.ts';

/** Debian's nginx (apt-get install nginx-light); NGINX_PATH overrides. */
export const nginxPath = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

/** Where this nginx looks for dynamic modules (`--modules-path` of `nginx -V`). */
function modulesPath(): string {
  // nginx -V prints its build options to stderr.
  const { stdout, stderr } = spawnSync(nginxPath, ['-V'], { encoding: 'utf8' });
  return /--modules-path=(\S+)/.exec(`${stdout}${stderr}`)?.[1] ?? '/usr/lib/nginx/modules';
}

/** The brotli static module's file when this nginx has it, else undefined. */
export function brotliModule(): string | undefined {
  const file = join(modulesPath(), 'ngx_http_brotli_static_module.so');
  return existsSync(file) ? file : undefined;
}


/**
 * A whole nginx.conf serving `root` on 127.0.0.1:`port` with the build's snippets, writing its
 * files into `dir`. `brotli: true` loads the brotli static module and includes nginx-brotli.conf.
 */
export function nginxConfig({
  root,
  port,
  dir,
  brotli,
  includeBrotli = brotli !== undefined,
}: {
  root: string;
  port: number;
  dir: string;
  brotli: string | undefined;
  /** Include nginx-brotli.conf (default: when the module is loaded). */
  includeBrotli?: boolean;
}): string {
  const site = resolve(root);
  return [
    // As root, nginx would switch its workers to "nobody", who may not read a checkout in a home folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${q(join(dir, 'nginx.pid'))};`,
    `error_log ${q(join(dir, 'error.log'))} warn;`,
    brotli ? `load_module ${q(brotli)};` : '',
    'events { worker_connections 512; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${q(join(dir, t))};`),
    '  sendfile on;',
    '  server {',
    `    listen 127.0.0.1:${port};`,
    '    server_name localhost;',
    `    root ${q(site)};`,
    `    include ${q(join(site, nginxFiles.site))};`,
    includeBrotli ? `    include ${q(join(site, nginxFiles.brotli))};` : '',
    '  }',
    '}',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** A port nothing listens on right now (nginx cannot be asked for port 0 and tell which it got). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (typeof address !== 'object' || !address) throw new Error('could not find a free port');
  return address.port;
}

/**
 * Writes the configuration for `root` into a new temporary folder and runs `nginx -t` on it:
 * the output (nginx writes it to stderr) and the exit status. `withModule: false` leaves the
 * brotli static module unloaded, as on an nginx without it.
 */
export function testNginxConfig(
  root: string,
  { withModule = true, includeBrotli = withModule }: { withModule?: boolean; includeBrotli?: boolean } = {},
): { ok: boolean; output: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), 'portal-nginx-t-'));
  try {
    const config = nginxConfig({ root, port: 8080, dir, brotli: withModule ? brotliModule() : undefined, includeBrotli });
    const file = join(dir, 'nginx.conf');
    writeFileSync(file, config);
    try {
      const output = execFileSync(nginxPath, ['-t', '-q', '-p', dir, '-c', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { ok: true, output, config };
    } catch (error) {
      const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
      return { ok: false, output: `${stdout}${stderr}`, config };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A running nginx: its address and how to stop it. */
export interface RunningNginx {
  url: string;
  close: () => Promise<void>;
}

/** Starts nginx in the foreground on a free loopback port; resolves once it answers. */
export async function startNginx(root: string): Promise<RunningNginx> {
  if (!existsSync(nginxPath)) {
    throw new Error(`nginx not found at ${nginxPath}: run \`node scripts/ensure-test-tools.ts\` (npm test does) or set NGINX_PATH.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'portal-nginx-'));
  const port = await freePort();
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, nginxConfig({ root, port, dir, brotli: brotliModule() }));
  const child: ChildProcess = spawn(nginxPath, ['-p', dir, '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped (status ${child.exitCode}): ${stderr}`);
    const up = await fetch(`${url}/`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (attempt > 100) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer on ${url}: ${stderr}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    url,
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
