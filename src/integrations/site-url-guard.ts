import type { AstroIntegration } from 'astro';
import { missingSiteUrl } from '../lib/site/site-url';

/**
 * Stops `astro build` under CI when SITE_URL is not set, before any page is built (see
 * src/lib/site/site-url.ts). Only CI can be checked here: `astro build` sets NODE_ENV to
 * `production` itself before it loads the config, so `npm run build` checks the caller's
 * NODE_ENV first (scripts/check-site-url.ts). Dev, check and preview are never stopped.
 */
export default function siteUrlGuard(): AstroIntegration {
  return {
    name: 'returnee-portal:site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problem = missingSiteUrl({ CI: process.env['CI'], SITE_URL: process.env['SITE_URL'] });
        if (problem) throw new Error(problem);
      },
    },
  };
}
