import type * as Leaflet from 'leaflet';
import gazetteer from '../../data/gazetteer.json';
import type { Locale } from '../../i18n/locales';
import { format } from '../../i18n/ui';
import { georgiaBounds } from '../../lib/content/vocabulary';
import type { LatLngBox } from '../../lib/geo/basemap-svg';
import { type Box, boxAt, placeLabels } from '../../lib/geo/label-placement';
import type { Town } from '../../lib/places/gazetteer';
import type { MapPlace } from '../../lib/places/map-places';
import { type MapItem, type PlaceClusters, clusterPlaces } from '../../lib/places/place-clusters';
import { matchesFilter } from '../../lib/places/place-filter';
import { onFilter } from '../../client/filter-store';
import L from '../../client/leaflet';
import { element } from '../../client/page-data';
import { motionOptions, panWithoutMotion } from './map-motion';

/** What the page renders into `<places-map data-options=…>`. */
export interface MapOptions {
  locale: Locale;
  intl: string;
  /** Our own basemap (`/data/basemap.svg`, drawn at build time), where its edges lie, and the region names on it. */
  basemap: { url: string; bounds: LatLngBox; regionLabels: Array<{ lat: number; lon: number; name: string }> };
  /** Credit line for the basemap, and the page that explains it. */
  attribution: string;
  attributionUrl: string;
  /** The credit's language (BCP 47), marked on the credit: it is not translated. */
  attributionLang: string;
  /** Optional online street tiles (src/site.config.ts); empty url = none. */
  tileLayer: { url: string; attribution: string; maxZoom: number };
  /** `_blank` in embeds, so a place page opens on the portal instead of inside the frame. */
  linkTarget?: '_blank';
  strings: {
    label: string;
    zoomIn: string;
    zoomOut: string;
    closePopup: string;
    markerLabel: string;
    cluster: string;
    clusterList: string;
    basemapLayer: string;
    streetLayer: string;
    approximate: string;
    types: Record<string, string>;
    statuses: Record<string, string>;
  };
}

/** Region names show up to this zoom; municipality seats from the next. */
const REGION_LABELS_MAX_ZOOM = 8;
/** The built-in basemap is generalised at about 100 m: zooming further shows nothing new. */
const BASEMAP_MAX_ZOOM = 12;
/** The farthest the map ever zooms out (one step out from Georgia filling it, but never past this). */
const FARTHEST_ZOOM = 5;
/**
 * Zoom in tenths (the country view itself is fitted exactly): Georgia is about twice
 * as wide as high, so on a phone whole zoom steps would leave it up to half the size its frame allows.
 */
const ZOOM_SNAP = 0.1;
/** Pixels between Georgia and the frame's edges at the country view. */
const FIT_PADDING = 6;
/** Pixels a label keeps from other labels, markers and the map's controls. */
const LABEL_GAP = 2;

/**
 * How the map clusters `placeCount` places: from the farthest zoom the map
 * ever allows to the basemap's closest zoom, where every place stands apart
 * (closer in, with street tiles, nothing is clustered).
 * Few places: cluster only near-neighbours so most stay single markers; many: cluster more.
 */
export function clusterOptions(placeCount: number): { radius: number; minZoom: number; maxZoom: number } {
  return { radius: placeCount > 100 ? 60 : 40, minZoom: FARTHEST_ZOOM, maxZoom: BASEMAP_MAX_ZOOM };
}

/** The basemap SVG (options.basemap.url) as an element for the map; throws when the text is not an SVG. */
export function parseBasemap(text: string, options: MapOptions): SVGSVGElement {
  const drawing = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  if (!(drawing instanceof SVGSVGElement)) throw new Error(`${options.basemap.url} is not an SVG`);
  drawing.setAttribute('aria-hidden', 'true');
  return drawing;
}

/**
 * Lets the browser handle input and paint before the next step: drawing the map
 * in steps keeps every task short, so the page answers a tap while the map builds.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Draws the map of places into `canvas`: our own regions basemap (no request to
 * any other host), optional street tiles, clustered keyboard-reachable markers with
 * popups linking to the place pages, and the type/status filter applied. Prepared before
 * the map is needed (see places-map-element.ts): `basemap`, the parsed basemap SVG once
 * downloaded, and `clusters` of all `places` (see clusterOptions).
 */
export async function createMap(
  canvas: HTMLElement,
  options: MapOptions,
  { places, basemap, clusters: allClusters }: { places: readonly MapPlace[]; basemap: Promise<() => SVGSVGElement>; clusters: () => PlaceClusters },
): Promise<Leaflet.Map> {
  const s = options.strings;
  const numbers = new Intl.NumberFormat(options.intl);
  const bounds = L.latLngBounds([georgiaBounds.minLat, georgiaBounds.minLon], [georgiaBounds.maxLat, georgiaBounds.maxLon]);

  // The basemap first: if it failed to download, no half-built map is left behind.
  const basemapDrawing = (await basemap)();

  // Leaflet 9119/7193: the focusable map container needs a role and a name.
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', s.label);
  const map = L.map(canvas, { zoomControl: false, zoomSnap: ZOOM_SNAP, maxZoom: BASEMAP_MAX_ZOOM, maxBounds: bounds.pad(0.3), attributionControl: false, ...motionOptions() });
  panWithoutMotion(map);
  map.options.zoomSnap = 0;
  map.fitBounds(bounds, { padding: [FIT_PADDING, FIT_PADDING] });
  map.options.zoomSnap = ZOOM_SNAP;
  map.setMinZoom(Math.max(FARTHEST_ZOOM, map.getZoom() - 1));
  L.control.zoom({ zoomInTitle: s.zoomIn, zoomOutTitle: s.zoomOut }).addTo(map);
  const credit = element('a', { text: options.attribution, attrs: { href: options.attributionUrl, lang: options.attributionLang } });
  L.control.attribution({ prefix: false }).addAttribution(credit.outerHTML).addTo(map);

  // Basemap: projected and drawn at build time, so the phone only parses one SVG.
  const basemapLayer = L.svgOverlay(basemapDrawing, L.latLngBounds(options.basemap.bounds), { interactive: false }).addTo(map);

  if (options.tileLayer.url) {
    // Off by default. A choice of base layers: our basemap is opaque and would hide tiles drawn
    // under it, and if the tile host fails the visitor switches back to ours.
    const tiles = L.tileLayer(options.tileLayer.url, { attribution: options.tileLayer.attribution, maxZoom: options.tileLayer.maxZoom });
    L.control.layers({ [s.basemapLayer]: basemapLayer, [s.streetLayer]: tiles }, undefined, { collapsed: false }).addTo(map);
    // Street tiles go closer than the basemap, which is generalised at about 100 m.
    map.on('baselayerchange', (event) => map.setMaxZoom(event.layer === tiles ? options.tileLayer.maxZoom : BASEMAP_MAX_ZOOM));
  }

  // Labels are drawn text only: the list and the markers carry the information.
  // Each starts hidden and is shown by labelPlacer where it covers no other label and no marker.
  const labelPane = map.createPane('labels');
  labelPane.setAttribute('aria-hidden', 'true');
  const label = (latlng: Leaflet.LatLngExpression, text: string, className: string) =>
    L.marker(latlng, {
      pane: 'labels',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className: `${className} is-crowded`, html: element('span', { text }), iconSize: undefined as unknown as Leaflet.PointExpression }),
    });
  // Shorter names first: where long names would collide, more regions keep a name.
  const regionLabels = L.layerGroup(
    [...options.basemap.regionLabels].sort((a, b) => a.name.length - b.name.length).map((r) => label([r.lat, r.lon], r.name, 'map-label map-label--region')),
  );
  // Town names only show closer in: made the first time they are needed.
  let townLabels: Leaflet.LayerGroup | undefined;
  let shownLabels = regionLabels;
  const showLabels = () => {
    const regionZoom = map.getZoom() <= REGION_LABELS_MAX_ZOOM;
    if (regionZoom) {
      townLabels?.remove();
      shownLabels = regionLabels;
    } else {
      regionLabels.remove();
      townLabels ??= L.layerGroup((gazetteer as readonly Town[]).filter((t) => t.seat).map((t) => label([t.lat, t.lon], t[options.locale], 'map-label map-label--town')));
      shownLabels = townLabels;
    }
    shownLabels.addTo(map);
  };
  map.on('zoomend', showLabels);
  showLabels();
  await nextTask();

  // Only what is in view becomes a marker: a thousand places are a few dozen markers and clusters.
  const markerLayer = L.layerGroup().addTo(map);
  const placeMapLabels = labelPlacer(map);
  const drawn = new Map<string, Leaflet.Marker>();
  let clusters = allClusters();
  // Markers are buttons: Enter and Space activate them (Leaflet knows only Enter, and Space scrolled the page).
  const activate = new WeakMap<Leaflet.Marker, () => void>();
  canvas.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const marker = [...drawn.values()].find((m) => m.getElement() === event.target);
    const action = marker && activate.get(marker);
    if (!action) return;
    // Also stops the `keypress` Leaflet would turn into a second click.
    event.preventDefault();
    action();
  });

  const placeMarker = (place: MapPlace): Leaflet.Marker => {
    const name = format(s.markerLabel, { name: place.name, type: s.types[place.type] ?? place.type, status: s.statuses[place.status] ?? place.status });
    const html = element('span', { attrs: { 'data-marker-place': place.id } }, [element('span', { className: 'sr-only', text: name })]);
    // No `title`: it would repeat the name as the marker's description.
    const marker = L.marker([place.lat, place.lon], {
      alt: place.name,
      keyboard: true,
      icon: L.divIcon({ html, className: `map-pin map-pin--${place.status}`, iconSize: L.point(26, 26), popupAnchor: L.point(0, -12) }),
    }).bindPopup(() => popupContent(place, options));
    activate.set(marker, () => marker.togglePopup());
    return marker;
  };

  const groupMarker = (item: Extract<MapItem, { kind: 'cluster' | 'stack' }>): Leaflet.Marker => {
    const count = numbers.format(item.count);
    const html = element('span', { attrs: { 'data-cluster-count': String(item.count) } }, [
      element('span', { text: count, attrs: { 'aria-hidden': 'true' } }),
      element('span', { className: 'sr-only', text: format(item.kind === 'cluster' ? s.cluster : s.clusterList, { count }) }),
    ]);
    const marker = L.marker([item.lat, item.lon], { keyboard: true, icon: L.divIcon({ html, className: 'map-cluster', iconSize: L.point(40, 40), popupAnchor: L.point(0, -16) }) });
    // Places at the very same point (one town centre) are listed: no zoom would set them apart.
    if (item.kind === 'stack') {
      activate.set(marker, () => marker.togglePopup());
      return marker.bindPopup(() => clusterListContent(item.places, options));
    }
    // Enter or Space on a focused cluster also moves focus to what the cluster split into.
    const open = (byKeyboard: boolean) => {
      const first = byKeyboard ? clusters.children(item.clusterId)[0] : undefined;
      if (first) map.once('moveend', () => (drawn.get(first.key)?.getElement() as HTMLElement | undefined)?.focus());
      map.setView([item.lat, item.lon], item.zoomTo);
    };
    activate.set(marker, () => open(true));
    return marker.on('click', () => open(false));
  };

  const render = () => {
    const view = map.getBounds().pad(0.25);
    const items = clusters.inView([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], map.getZoom());
    const wanted = new Set(items.map((item) => item.key));
    for (const [key, marker] of drawn) {
      if (wanted.has(key)) continue;
      markerLayer.removeLayer(marker);
      drawn.delete(key);
    }
    for (const item of items) {
      if (drawn.has(item.key)) continue;
      const marker = item.kind === 'place' ? placeMarker(item.place) : groupMarker(item);
      drawn.set(item.key, marker);
      markerLayer.addLayer(marker);
    }
    placeMapLabels(shownLabels.getLayers() as Leaflet.Marker[], [...drawn.values()]);
  };
  map.on('moveend', render);

  // Leaflet 8115: keyboard users land in the popup and return to their marker when it closes.
  const popupsWithEscape = new WeakSet<HTMLElement>();
  map.on('popupopen', (event) => {
    const container = event.popup.getElement();
    container?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', s.closePopup);
    // Leaflet handles Escape only while the map itself has focus, not inside the popup
    // (a popup keeps its container when it opens again: one listener each).
    if (container && !popupsWithEscape.has(container)) {
      popupsWithEscape.add(container);
      container.addEventListener('keydown', (key) => {
        if (key.key === 'Escape') map.closePopup();
      });
    }
    const source = (event.popup as unknown as { _source?: Leaflet.Marker })._source;
    if (source && document.activeElement === source.getElement()) container?.querySelector<HTMLElement>('a[href]:not(.leaflet-popup-close-button)')?.focus();
  });
  map.on('popupclose', (event) => {
    const container = event.popup.getElement();
    const source = (event.popup as unknown as { _source?: Leaflet.Marker })._source;
    const focusWasInPopup = container?.contains(document.activeElement) || document.activeElement === document.body;
    if (source && focusWasInPopup) (source.getElement() as HTMLElement | undefined)?.focus();
  });

  // A filter change re-clusters only the places it lets through (a few milliseconds for a thousand).
  const show = (shown: readonly MapPlace[]) => {
    clusters = shown.length === places.length ? allClusters() : clusterPlaces(shown, clusterOptions(places.length));
    markerLayer.clearLayers();
    drawn.clear();
    render();
    canvas.dataset['markers'] = String(shown.length);
  };
  let filtered = false;
  onFilter((filter) => {
    filtered = true;
    map.closePopup();
    show(places.filter((place) => matchesFilter(place, filter)));
  });
  if (!filtered) show(places);
  return map;
}

/**
 * Shows each label where it covers no label shown before it, no marker and no
 * map control, and lies wholly inside the map: a region name centred on its
 * point (or just above or below it), a town name right (or left) of its dot;
 * any other label is hidden. Label and control sizes are measured once (again
 * when the map is resized or a web font arrives), so placing after a move is
 * arithmetic only and never makes the browser lay the page out.
 */
function labelPlacer(map: Leaflet.Map): (labels: readonly Leaflet.Marker[], markers: readonly Leaflet.Marker[]) => void {
  const container = map.getContainer();
  let sizes = new WeakMap<HTMLElement, { w: number; h: number }>();
  let controls: Box[] | undefined;
  let last: [readonly Leaflet.Marker[], readonly Leaflet.Marker[]] | undefined;
  const remeasure = () => {
    sizes = new WeakMap();
    controls = undefined;
    if (last) place(...last);
  };
  map.on('resize', remeasure);
  document.fonts.addEventListener('loadingdone', remeasure);

  const measureControls = (): Box[] => {
    const origin = container.getBoundingClientRect();
    return [...container.querySelectorAll('.leaflet-control')].map((c) => {
      const r = c.getBoundingClientRect();
      return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
    });
  };
  const sizeOf = (text: HTMLElement) => {
    let size = sizes.get(text);
    if (!size) sizes.set(text, (size = { w: text.offsetWidth, h: text.offsetHeight }));
    return size;
  };

  function place(labels: readonly Leaflet.Marker[], markers: readonly Leaflet.Marker[]): void {
    last = [labels, markers];
    const size = map.getSize();
    const frame: Box = { left: 0, top: 0, right: size.x, bottom: size.y };
    controls ??= measureControls();
    const markerBoxes = markers.map((marker) => {
      const at = map.latLngToContainerPoint(marker.getLatLng());
      const icon = L.point((marker.options.icon?.options.iconSize as Leaflet.PointExpression | undefined) ?? [26, 26]);
      return boxAt(at.x, at.y, icon.x, icon.y, { anchorX: 0.5, anchorY: 0.5 });
    });
    const measured = labels.flatMap((labelMarker) => {
      const element = labelMarker.getElement();
      const text = element?.firstElementChild;
      if (!element || !(text instanceof HTMLElement)) return [];
      const at = map.latLngToContainerPoint(labelMarker.getLatLng());
      const { w, h } = sizeOf(text);
      // The town's dot and the 6 px between it and its name belong to the label.
      const candidates: Array<[string, Box]> = element.classList.contains('map-label--town')
        ? [
            ['right', boxAt(at.x, at.y, w + 9, h, { anchorX: 0, anchorY: 0.5, dx: -3 })],
            ['left', boxAt(at.x, at.y, w + 9, h, { anchorX: 1, anchorY: 0.5, dx: 3 })],
          ]
        : [
            ['centre', boxAt(at.x, at.y, w, h, { anchorX: 0.5, anchorY: 0.5 })],
            ['above', boxAt(at.x, at.y, w, h, { anchorX: 0.5, anchorY: 1.5 })],
            ['below', boxAt(at.x, at.y, w, h, { anchorX: 0.5, anchorY: -0.5 })],
          ];
      return [{ element, candidates }];
    });
    const choices = placeLabels(
      measured.map((m) => m.candidates.map(([, box]) => box)),
      [...markerBoxes, ...controls],
      frame,
      LABEL_GAP,
    );
    measured.forEach(({ element, candidates }, i) => {
      const choice = candidates[choices[i] ?? -1];
      element.classList.toggle('is-crowded', !choice);
      if (choice) element.dataset['at'] = choice[0];
    });
  }
  return place;
}

/** A marker's popup: the place's name linking to its page, type, status, town and how exact the point is. */
function popupContent(place: MapPlace, options: MapOptions): HTMLElement {
  const s = options.strings;
  const target = options.linkTarget ? { target: options.linkTarget, rel: 'noopener' } : {};
  return element('div', { className: 'map-popup' }, [
    element('p', { className: 'font-bold' }, [element('a', { text: place.name, attrs: { href: place.href, ...target } })]),
    element('p', { text: `${s.types[place.type] ?? place.type} · ${s.statuses[place.status] ?? place.status}` }),
    element('p', { text: place.town }),
    ...(place.precision === 'town-centre' ? [element('p', { className: 'text-muted', text: s.approximate })] : []),
  ]);
}

/** The popup of places at one point: each place's name linking to its page, with its type and status. */
function clusterListContent(places: readonly MapPlace[], options: MapOptions): HTMLElement {
  const s = options.strings;
  const target = options.linkTarget ? { target: options.linkTarget, rel: 'noopener' } : {};
  return element('div', { className: 'map-popup' }, [
    element(
      'ul',
      { className: 'map-popup-list' },
      places.map((place) =>
        element('li', {}, [
          element('a', { text: place.name, attrs: { href: place.href, ...target } }),
          element('span', { text: `${s.types[place.type] ?? place.type} · ${s.statuses[place.status] ?? place.status}` }),
        ]),
      ),
    ),
  ]);
}
