/**
 * Forced colours (Windows high contrast; WCAG 1.4.11 under `forced-colors: active`): the browser
 * replaces the page's colours with a few system colours and drops backgrounds, so a control
 * drawn only by its fill disappears. Read from computed styles, not screenshots:
 * - every text field and button keeps an edge (a border, or its own background) that stands
 *   out 3:1 from what is behind it, and so does a link drawn as a button;
 * - every focusable element, focused, shows an outline that stands out 3:1;
 * - in a navigation, the current page's item is told apart from the others.
 * Checked on a phone (menu open) and on a wide screen, where the header differs.
 */
import type { Page } from 'playwright-core';
import { type Rgba, contrast, over, parseColour } from './colour.ts';
import type { AuditGlobals } from './describe.ts';

/** What the page reports about one control, in forced colours. */
export interface ControlStyle {
  name: string;
  /** What it is; `focusable` is only checked for its focus outline (links, the map). */
  kind: 'field' | 'button' | 'filled link' | 'focusable';
  /** Visible border sides: [width px, computed colour] for each side drawn. */
  borders: Array<[number, string]>;
  background: string;
  /** The colour behind the control (its nearest ancestor with a background). */
  behind: string;
  /** The outline while focused, when it is checked: [width px, style, colour]. */
  focusOutline?: [number, string, string] | undefined;
}

/** Non-text contrast (1.4.11). */
const MIN_CONTRAST = 3;
const white: Rgba = { r: 255, g: 255, b: 255, a: 1 };

const solid = (text: string, behind: Rgba) => {
  const colour = parseColour(text);
  return colour ? over(colour, behind) : undefined;
};

/**
 * Whether a control's edge shows in forced colours: a border on every side, or a background of
 * its own, that stands out 3:1 from what is behind it.
 *
 * @example edgeShows({ borders: [], background: 'rgba(255, 255, 255, 0)', behind: 'rgb(255, 255, 255)', … }) // false
 */
export function edgeShows(style: Pick<ControlStyle, 'borders' | 'background' | 'behind'>): boolean {
  const behind = solid(style.behind, white) ?? white;
  const fill = solid(style.background, behind) ?? behind;
  if (contrast(fill, behind) >= MIN_CONTRAST) return true;
  return style.borders.length === 4 && style.borders.every(([width, colour]) => width >= 1 && contrast(solid(colour, behind) ?? behind, behind) >= MIN_CONTRAST);
}

/** Whether a focus outline shows: drawn, at least 1 px, 3:1 against what is behind. */
export function outlineShows(outline: [number, string, string], behindText: string): boolean {
  const [width, style, colour] = outline;
  const behind = solid(behindText, white) ?? white;
  return style !== 'none' && style !== 'hidden' && width >= 1 && contrast(solid(colour, behind) ?? behind, behind) >= MIN_CONTRAST;
}

/** Problems of some controls' styles. */
export function controlProblems(styles: readonly ControlStyle[]): string[] {
  const problems: string[] = [];
  for (const s of styles) {
    if (s.kind !== 'focusable' && !edgeShows(s)) problems.push(`${s.kind} ${s.name} has no visible edge in forced colours`);
    if (s.focusOutline && !outlineShows(s.focusOutline, s.behind)) problems.push(`${s.name} shows no focus outline in forced colours`);
  }
  return problems;
}

const FIELDS = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button]):not([type=reset]), select, textarea';
const BUTTONS = 'button, input[type=submit], input[type=button], input[type=reset], summary, [role=button]';
const FOCUSABLE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Marks links drawn as buttons (a fill or a border that stands out in normal colours) before colours are forced. */
async function markFilledLinks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const backdrop = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    for (const link of document.querySelectorAll('a[href]')) {
      const style = getComputedStyle(link);
      const filled = !/rgba\(.*, 0\)$|transparent/.test(style.backgroundColor) && style.backgroundColor !== backdrop(link.parentElement);
      const boxed = ['Top', 'Right', 'Bottom', 'Left'].every((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
      if (filled || boxed) link.setAttribute('data-audit-filled', '');
    }
  });
}

/** Reads the forced-colours styles of the shown fields, buttons and filled links, and each focusable element's focus outline. */
async function readStyles(page: Page, selectors: { fields: string; buttons: string; focusable: string }): Promise<{ controls: ControlStyle[]; current: string[] }> {
  return page.evaluate(({ fields, buttons, focusable }) => {
    const describe = (globalThis as AuditGlobals).auditDescribe;
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && el.checkVisibility({ visibilityProperty: true });
    };
    const behind = (el: Element): string => {
      for (let e = el.parentElement; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const borders = (style: CSSStyleDeclaration): Array<[number, string]> =>
      ['top', 'right', 'bottom', 'left']
        .filter((side) => !/none|hidden/.test(style.getPropertyValue(`border-${side}-style`)))
        .map((side) => [parseFloat(style.getPropertyValue(`border-${side}-width`)), style.getPropertyValue(`border-${side}-color`)] as [number, string])
        .filter(([width]) => width > 0);
    const kindOf = (el: Element): ControlStyle['kind'] =>
      el.matches(fields) ? 'field' : el.matches(buttons) ? 'button' : el.matches('a[data-audit-filled]') ? 'filled link' : 'focusable';
    const controls: ControlStyle[] = [];
    const seen = new Set<Element>();
    for (const el of document.querySelectorAll(`${fields}, ${buttons}, a[data-audit-filled], ${focusable}`)) {
      if (seen.has(el) || !shown(el)) continue;
      seen.add(el);
      const kind = kindOf(el);
      let focusOutline: [number, string, string] | undefined;
      if (el.matches(focusable) && el instanceof HTMLElement) {
        el.focus({ preventScroll: true });
        if (document.activeElement === el && el.matches(':focus-visible')) {
          const f = getComputedStyle(el);
          focusOutline = [parseFloat(f.outlineWidth), f.outlineStyle, f.outlineColor];
        }
        el.blur();
      }
      const style = getComputedStyle(el);
      controls.push({ name: describe(el), kind, borders: borders(style), background: style.backgroundColor, behind: behind(el), focusOutline });
    }
    // A navigation whose current item draws the same edges as the others does not show which page this is.
    const current: string[] = [];
    for (const nav of document.querySelectorAll('nav')) {
      const links = [...nav.querySelectorAll('a[href]')].filter(shown);
      const mark = links.find((a) => a.getAttribute('aria-current') === 'page');
      if (!mark) continue;
      const look = (a: Element) => {
        const s = getComputedStyle(a);
        return JSON.stringify([borders(s).map(([w, c]) => `${w} ${c}`), s.textDecorationLine, s.fontWeight, s.backgroundColor, s.color, s.outlineStyle]);
      };
      if (links.filter((a) => a !== mark).some((a) => look(a) === look(mark))) current.push(`the current page in ${describe(nav)} looks like the other items in forced colours`);
    }
    return { controls, current };
  }, selectors);
}

/** Problems: empty when every control, focus ring and current-page mark shows in forced colours. */
export async function forcedColorsProblems(page: Page): Promise<string[]> {
  const problems = new Set<string>();
  await page.emulateMedia({ forcedColors: 'none' });
  for (const [width, openMenu] of [
    [360, true],
    [1024, false],
  ] as const) {
    await page.setViewportSize({ width, height: 700 });
    if (openMenu) await page.evaluate(() => document.querySelectorAll('details[data-menu]').forEach((d) => d.setAttribute('open', '')));
    await markFilledLinks(page);
    await page.emulateMedia({ forcedColors: 'active' });
    const { controls, current } = await readStyles(page, { fields: FIELDS, buttons: BUTTONS, focusable: FOCUSABLE });
    for (const p of [...controlProblems(controls), ...current]) problems.add(p);
    await page.emulateMedia({ forcedColors: 'none' });
    if (openMenu) await page.evaluate(() => document.querySelectorAll('details[data-menu]').forEach((d) => d.removeAttribute('open')));
  }
  return [...problems];
}
