/**
 * The accessibility checks axe cannot make, run by `npm run audit` on every sitemap page in the
 * page it already loaded (one browser, one page per URL): reflow at 320 px, forced colours,
 * target size at 360 px, and language of parts. One file per check; each returns its problems.
 */
import type { Page } from 'playwright-core';
import { preparePage } from './describe.ts';
import { forcedColorsProblems } from './forced-colors.ts';
import { languageOfPartsProblems } from './language-of-parts.ts';
import { reflowProblems } from './reflow.ts';
import { targetProblems } from './target-size.ts';

/** The checks, by the name the report gives them, in the order they run. */
export const accessibilityChecks = {
  'language of parts': languageOfPartsProblems,
  'reflow 320 px': reflowProblems,
  'target size 360 px': targetProblems,
  'forced colours': forcedColorsProblems,
} as const;

/** The name of one check. */
export type AccessibilityCheck = keyof typeof accessibilityChecks;

/**
 * Runs every check on a loaded page; the page's viewport and colours are changed on the way
 * (run them after anything that measures the page as it first loads).
 */
export async function accessibilityProblems(page: Page): Promise<Record<AccessibilityCheck, string[]>> {
  await preparePage(page);
  const results = {} as Record<AccessibilityCheck, string[]>;
  for (const [name, check] of Object.entries(accessibilityChecks) as Array<[AccessibilityCheck, (page: Page) => Promise<string[]>]>) {
    results[name] = await check(page);
  }
  return results;
}
