import { dataJson } from './page-data';
import type { MapOptions } from './map-view';

/**
 * `<places-map data-options=…>`: shows its (hidden without JavaScript) section
 * and loads Leaflet, the basemap and the markers only when the map comes near the
 * viewport, so the map never delays the first paint of the page or its list.
 */
class PlacesMap extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    const section = this.closest<HTMLElement>('[data-map-section]') ?? this;
    section.classList.add('is-enhanced');
    if (!('IntersectionObserver' in window)) {
      addEventListener('load', () => void this.start(), { once: true });
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void this.start();
        }
      },
      { rootMargin: '300px' },
    );
    observer.observe(this);
  }

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const options = dataJson<MapOptions>(this, 'options');
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    const status = this.querySelector<HTMLElement>('[data-map-status]');
    if (!canvas) return;
    try {
      // The basemap downloads while the map's script does, not after it.
      const basemap = fetch(options.basemapUrl).then((r) => {
        if (!r.ok) throw new Error(`${options.basemapUrl}: ${r.status}`);
        return r.json() as Promise<unknown>;
      });
      basemap.catch(() => undefined);
      const { createMap } = await import('./map-view');
      await createMap(canvas, options, basemap);
      status?.replaceChildren();
      this.dataset['ready'] = '';
    } catch (error) {
      if (status) status.textContent = options.strings.failed;
      console.warn('Map failed to load', error);
    }
  }
}

customElements.define('places-map', PlacesMap);
