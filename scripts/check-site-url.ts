#!/usr/bin/env node
/**
 * `npm run build` runs this first: a production build (`CI` or `NODE_ENV=production` in the
 * caller's environment) without SITE_URL stops here with what to set, before Astro starts
 * (which sets NODE_ENV=production for every build, so only this step can see the caller's).
 * A local build (`npm ci && npm start`, no environment) goes on with the preview address.
 */
import { missingSiteUrl, siteUrlSetting } from '../src/lib/site/site-url.ts';

const problem = missingSiteUrl(process.env);
if (problem) {
  console.error(problem);
  process.exit(1);
}
try {
  siteUrlSetting(process.env['SITE_URL']);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
