import type { MapPlace } from '../../lib/places/map-places';
import { type PlaceClusters, clusterPlaces } from '../../lib/places/place-clusters';
import { idleUntilUrgent } from '../../client/idle-until-urgent';
import { type MapOptions, clusterOptions, createMap, parseBasemap } from './map-view';
import { blockJson, dataJson } from '../../client/page-data';

/**
 * `<places-map data-options=…>`: shows its (hidden without JavaScript) section
 * and draws the map when it comes near the viewport.
 *
 * Leaflet comes with the page's own script (a deferred module: it never holds up
 * the first paint or the list); the basemap is fetched straight away, and it is
 * parsed and the places clustered when the browser is idle, so that when the
 * visitor reaches the map only the drawing is left to do. The service worker
 * stores the script and the basemap after the first visit anyway; see docs/benchmarks.md.
 */
class PlacesMap extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    const section = this.closest<HTMLElement>('[data-map-section]') ?? this;
    section.classList.add('is-enhanced');
    try {
      this.prepare();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Starts what the map needs (basemap, clusters) and draws it when it nears the viewport. */
  private prepare(): void {
    const options = dataJson<MapOptions>(this, 'options');
    const basemap = fetch(options.basemap.url)
      .then((r) => {
        if (!r.ok) throw new Error(`${options.basemap.url}: ${r.status}`);
        return r.text();
      })
      .then((text) => idleUntilUrgent(() => parseBasemap(text, options)));
    basemap.catch(() => undefined);
    const places = blockJson<MapPlace[]>('places-data');
    const clusters = idleUntilUrgent(() => clusterPlaces(places, clusterOptions(places.length)));
    const start = () => void this.start(options, { places, basemap, clusters });
    if (!('IntersectionObserver' in window)) {
      addEventListener('load', start, { once: true });
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          start();
        }
      },
      { rootMargin: '300px' },
    );
    observer.observe(this);
  }

  private async start(options: MapOptions, data: { places: MapPlace[]; basemap: Promise<() => SVGSVGElement>; clusters: () => PlaceClusters }): Promise<void> {
    if (this.started) return;
    this.started = true;
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    if (!canvas) return;
    try {
      await createMap(canvas, options, data);
      this.querySelector<HTMLElement>('[data-map-status]')?.replaceChildren();
      this.dataset['ready'] = '';
    } catch (error) {
      this.fail(error);
    }
  }

  /** Says the map could not be drawn (the list above it still has every place). */
  private fail(error: unknown): void {
    const status = this.querySelector<HTMLElement>('[data-map-status]');
    if (status) status.textContent = status.dataset['failed'] ?? '';
    console.warn('Map failed to load', error);
  }
}

customElements.define('places-map', PlacesMap);
