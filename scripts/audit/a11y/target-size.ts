/**
 * Target size (WCAG 2.5.8) on a 360 px phone: every link, button and form control is at least
 * 24 × 24 px or spaced so that a 24 px circle on it touches no other target
 * (target-geometry.ts). A link inside a sentence is exempt, as the criterion says.
 */
import type { Page } from 'playwright-core';
import type { AuditGlobals } from './describe.ts';
import { type Target, targetSizeProblems } from './target-geometry.ts';

/** The phone width the site is made for. */
export const PHONE_WIDTH = 360;

/** Problems: empty when every target is big enough or spaced. */
export async function targetProblems(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 640 });
  const targets: Target[] = await page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=option], [role=tab]';
    const elements = [...document.querySelectorAll<HTMLElement>(selector)];
    const shown = (el: HTMLElement) => {
      const box = el.getBoundingClientRect();
      // 1 px boxes are visually hidden (the skip link until it has focus).
      return box.width > 1 && box.height > 1 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !el.closest('[inert], [aria-hidden=true]');
    };
    /** In a sentence: an inline box whose block has text of its own around it. */
    const inSentence = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      if (!block) return false;
      const own = [...block.querySelectorAll(selector)].reduce((text, t) => text.replace(t.textContent ?? '', ''), block.textContent ?? '');
      return /\p{L}{2}/u.test(own);
    };
    const kept = elements.filter((el) => shown(el) && !inSentence(el));
    return kept.map((el) => {
      let box = el.getBoundingClientRect();
      // A checkbox or radio button answers a tap on its label too.
      const label = el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type) ? el.labels?.[0] : undefined;
      if (label) {
        const l = label.getBoundingClientRect();
        const left = Math.min(box.left, l.left);
        const top = Math.min(box.top, l.top);
        box = new DOMRect(left, top, Math.max(box.right, l.right) - left, Math.max(box.bottom, l.bottom) - top);
      }
      const container = kept.findIndex((other) => other !== el && (other.contains(el) || (label !== undefined && label.contains(other))));
      return {
        name: (globalThis as AuditGlobals).auditDescribe(el),
        x: box.left + scrollX,
        y: box.top + scrollY,
        width: box.width,
        height: box.height,
        within: container >= 0 ? container : undefined,
      };
    });
  });
  return targetSizeProblems(targets);
}
