/**
 * On an embed page (`/<lang>/embed/…`) inside a frame: tells the framing page the height of
 * the content whenever it changes (fonts, the map appearing, a narrower frame wrapping more
 * lines), and again when the framing page asks. `/embed-resize.js` on that page sets the
 * frame to it; a page without it ignores the messages. The height is all that is sent, to
 * any origin (the embed cannot know its host's): it is not private.
 */
import { heightMessage, isHeightRequest } from '../lib/places/embed-height';

if (window.parent !== window) {
  let sent = 0;
  const send = (force = false) => {
    // The <html> box is as tall as the content, not the frame (no element sets a 100% height).
    const height = document.documentElement.getBoundingClientRect().height;
    if (!force && Math.ceil(height) === sent) return;
    sent = Math.ceil(height);
    window.parent.postMessage(heightMessage(height), '*');
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isHeightRequest(event.data)) send(true);
  });
}
