import type { MapPlace } from '../../lib/places/map-places';
import { type PlaceClusters, clusterPlaces } from '../../lib/places/place-clusters';
import { idleUntilUrgent } from '../../client/idle-until-urgent';
import type { MapOptions } from './map-view';
import { blockJson, dataJson } from '../../client/page-data';
import mapStylesheet from '../../styles/map.css?url';

/** The map view with Leaflet: a chunk of its own, loaded with the map's CSS by {@link loadMapView}. */
type MapView = typeof import('./map-view');

/**
 * Resolves once the page has painted for the first time: at once when it already has (as
 * usual by the time this deferred script runs), else at the first paint. Browsers without
 * paint timing wait for the frame after the next animation frame.
 */
function afterFirstPaint(): Promise<void> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  if (performance.getEntriesByType('paint').length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint' });
  });
}

/** Adds a stylesheet to the page; resolves when it has loaded (at once if it already is there). */
function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)), { once: true });
    document.head.append(link);
  });
}

/**
 * Loads the map's code and styles (Leaflet's and ours) once the page has painted: they are the
 * page's largest script and a stylesheet only the map needs, so they must never hold up the
 * first paint or compete with the page's own stylesheet. Asked for while the page is still
 * loading, they are fetched by the time the visitor reaches the map.
 */
async function loadMapView(): Promise<MapView> {
  await afterFirstPaint();
  const [view] = await Promise.all([import('./map-view'), loadStylesheet(mapStylesheet)]);
  return view;
}

/**
 * `<places-map data-options=…>`: shows its (hidden without JavaScript) section
 * and draws the map when it comes near the viewport.
 *
 * This element's own script is small; Leaflet and the map view come in a chunk of their
 * own, requested right after the first paint (loadMapView), so the list, the finder and the
 * filters work at once and the first paint waits for nothing of the map. The basemap is
 * fetched straight away; it is parsed and the places clustered when the browser is idle,
 * so that when the visitor reaches the map only the drawing is left to do. The service
 * worker stores the scripts and the basemap after the first visit; see docs/benchmarks.md.
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
    const view = loadMapView();
    const basemapText = fetch(options.basemap.url).then((r) => {
      if (!r.ok) throw new Error(`${options.basemap.url}: ${r.status}`);
      return r.text();
    });
    const basemap = Promise.all([view, basemapText]).then(([{ parseBasemap }, text]) => idleUntilUrgent(() => parseBasemap(text, options)));
    basemap.catch(() => undefined);
    const places = blockJson<MapPlace[]>('places-data');
    const clusters = view.then(({ clusterOptions }) => idleUntilUrgent(() => clusterPlaces(places, clusterOptions(places.length))));
    clusters.catch(() => undefined);
    const start = () => void this.start(options, { view, places, basemap, clusters });
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

  private async start(
    options: MapOptions,
    data: { view: Promise<MapView>; places: MapPlace[]; basemap: Promise<() => SVGSVGElement>; clusters: Promise<() => PlaceClusters> },
  ): Promise<void> {
    if (this.started) return;
    this.started = true;
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    if (!canvas) return;
    try {
      const { createMap } = await data.view;
      await createMap(canvas, options, { places: data.places, basemap: data.basemap, clusters: await data.clusters });
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
