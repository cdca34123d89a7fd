#!/usr/bin/env node
/**
 * Browser tests drive Debian's Chromium (Playwright's own download does not
 * work on our machines). Installs it with apt-get when it is missing and we
 * may; otherwise stops with what to do.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = process.getuid?.() === 0;
  const sudo = !root && existsSync('/usr/bin/sudo') ? 'sudo ' : '';
  if (!root && !sudo) {
    console.error(`Chromium is missing at ${path}. Install it: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
  if (!existsSync(path)) {
    console.error(`apt-get finished but ${path} is still missing.`);
    process.exit(1);
  }
}
