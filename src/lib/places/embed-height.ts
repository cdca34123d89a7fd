/**
 * Frames that fit their content. A municipality's page shows an embed (`/<lang>/embed/…`) in an
 * `<iframe>`, whose height the embedding page must state; too small and the embed scrolls inside
 * its frame. Two ways to fit, both built from this module:
 *
 * - a fixed `height` in the snippet, from the embed's content height measured at common widths
 *   (`src/data/embed-heights.json`, written by `npm run embed:heights`): it works without any
 *   script, and on wider screens leaves some space below the content;
 * - exact: the embed posts its content height to the framing page (src/client/embed-height.ts),
 *   and `/embed-resize.js`, which the framing page may add, sets the frame to it, accepting only
 *   messages from the portal's own origin.
 */
import type { Locale } from '../../i18n/locales';

/** `type` of the message an embed posts to its parent: `{ type, height }`, height in CSS pixels. */
export const heightMessageType = 'returnee-portal:embed-height';
/** `type` of the message a framing page posts to an embed to ask for its height now. */
export const heightRequestType = 'returnee-portal:embed-height-request';

/** The message an embed posts with the height of its content. */
export interface HeightMessage {
  type: typeof heightMessageType;
  height: number;
}

/**
 * The message for a content height, rounded up to whole pixels.
 *
 * @example heightMessage(811.2) // { type: 'returnee-portal:embed-height', height: 812 }
 */
export function heightMessage(height: number): HeightMessage {
  return { type: heightMessageType, height: Math.ceil(height) };
}

/** True for a framing page's request for the height (any other message is ignored). */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === heightRequestType;
}

/** The frame widths at which embed heights are measured: a small phone, a tablet, a desktop column. */
export const measuredWidths = [320, 768, 1200] as const;

/**
 * The fixed frame height for an embed from its content heights at {@link measuredWidths}: the
 * tallest (the narrowest frame wraps the most lines), plus 5 % and 16 px for a browser whose
 * font or wrapping differs from the one measured, rounded up to 10 px.
 *
 * @example fixedFrameHeight([2274, 1071, 926]) // 2410
 */
export function fixedFrameHeight(measured: readonly number[]): number {
  const tallest = Math.max(0, ...measured);
  return Math.ceil((tallest * 1.05 + 16) / 10) * 10;
}

/** Content heights of one language's embeds, in CSS pixels at each of {@link measuredWidths}. */
export interface LocaleEmbedHeights {
  map: number[];
  places: Record<string, number[]>;
}

/** `src/data/embed-heights.json`: measured content heights per language. */
export type EmbedHeights = Partial<Record<Locale, LocaleEmbedHeights>>;

/** Used when nothing of a kind has been measured yet: taller than any embed so far. */
export const unmeasuredHeight = 2400;

/**
 * The fixed height of the frame of the map (`id` undefined) or of one place's card. A place
 * added since the last measurement gets the height of the tallest place measured in its
 * language, so its frame still fits unless it is the tallest of all; `npm run embed:heights`
 * measures it.
 */
export function embedFrameHeight(table: EmbedHeights, locale: Locale, id?: string): number {
  const measured = table[locale];
  if (id === undefined) return measured?.map.length ? fixedFrameHeight(measured.map) : unmeasuredHeight;
  const own = measured?.places[id];
  if (own?.length) return fixedFrameHeight(own);
  const all = Object.values(measured?.places ?? {}).filter((heights) => heights.length > 0);
  return all.length ? Math.max(...all.map(fixedFrameHeight)) : unmeasuredHeight;
}
