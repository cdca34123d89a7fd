/**
 * Lighthouse (mobile, default simulated throttling) on one URL, in Debian's Chromium, with
 * the flags that keep headless Chromium off the network. Returns the median category scores.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './budgets.ts';
import { chromiumFlags } from '../../tests/browser/support/browser.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Median scores (0–100) per category of a page. */
export interface LighthouseResult {
  path: string;
  runs: number;
  scores: Record<string, number>;
}

// The tests' flags, with the headless mode Lighthouse needs.
const chromeFlags = ['--headless=new', ...chromiumFlags.filter((flag) => flag !== '--headless')];

/** Runs Lighthouse `runs` times on a URL and returns the median of each category. */
export async function runLighthouse(url: string, path: string, runs: number): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', chromeFlags });
  const all: Record<string, number[]> = {};
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...categories] });
      for (const category of categories) {
        const score = result?.lhr.categories[category]?.score;
        (all[category] ??= []).push(Math.round((score ?? 0) * 100));
      }
    }
  } finally {
    chrome.kill();
  }
  return { path, runs, scores: Object.fromEntries(categories.map((c) => [c, median(all[c] ?? [])])) };
}
