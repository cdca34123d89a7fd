import { describe, expect, it } from 'vitest';
import { installCommand, testTools } from '../../../scripts/ensure-test-tools';

describe('testTools', () => {
  it('needs Debian chromium, nginx-light and the brotli static module by default', () => {
    expect(testTools({}).map((t) => [t.file, t.debianPackage])).toEqual([
      ['/usr/bin/chromium', 'chromium'],
      ['/usr/sbin/nginx', 'nginx-light'],
      ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', 'libnginx-mod-http-brotli-static'],
    ]);
  });

  it('installs nothing for a tool whose path the environment gives', () => {
    const tools = testTools({ CHROMIUM_PATH: '/opt/chrome', NGINX_PATH: '/opt/nginx/sbin/nginx' });
    expect(tools.map((t) => [t.file, t.debianPackage])).toEqual([
      ['/opt/chrome', undefined],
      ['/opt/nginx/sbin/nginx', undefined],
    ]);
  });
});

describe('installCommand', () => {
  it('installs every missing package in one apt-get run, non-interactively', () => {
    expect(installCommand(['nginx-light', 'libnginx-mod-http-brotli-static'], '')).toBe(
      'apt-get update -qq && env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light libnginx-mod-http-brotli-static',
    );
    expect(installCommand(['chromium'], 'sudo ')).toMatch(/^sudo apt-get update -qq && sudo env /);
    expect(installCommand([], '')).toBeUndefined();
  });
});
