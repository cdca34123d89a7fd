import type { OpeningHoursLine } from '../../lib/content/schemas';
import { isOpenAt } from '../../lib/places/opening-hours';

/**
 * `<open-now>`: shows "Open now" or "Closed now" for a place, by Georgia's
 * clock, computed in the visitor's browser (the static page cannot know the
 * time it is read). The element ships hidden; without JavaScript the visitor
 * reads the weekly table instead. It updates itself every minute.
 *
 * Attributes: `data-hours` (JSON opening-hours lines), `data-open-text`, `data-closed-text`.
 */
class OpenNow extends HTMLElement {
  #timer: ReturnType<typeof setInterval> | undefined;

  connectedCallback() {
    this.#update();
    this.#timer = setInterval(() => this.#update(), 60_000);
  }

  disconnectedCallback() {
    clearInterval(this.#timer);
  }

  #update() {
    let hours: OpeningHoursLine[];
    try {
      hours = JSON.parse(this.dataset['hours'] ?? '[]') as OpeningHoursLine[];
    } catch {
      return;
    }
    const open = isOpenAt(hours, new Date());
    if (open === undefined) return;
    this.dataset['state'] = open ? 'open' : 'closed';
    this.textContent = (open ? this.dataset['openText'] : this.dataset['closedText']) ?? '';
    this.hidden = false;
  }
}

customElements.define('open-now', OpenNow);
