import type * as Leaflet from 'leaflet';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import gazetteer from '../../data/gazetteer.json';
import { format } from '../../i18n/ui';
import { georgiaBounds } from '../../lib/content/vocabulary';
import { labelPoint } from '../../lib/geo/label-point';
import type { Town } from '../../lib/places/gazetteer';
import type { MapPlace } from '../../lib/places/map-places';
import { matchesFilter } from '../../lib/places/place-filter';
import { onFilter } from './filter-store';
import L from './leaflet-global';
import 'leaflet.markercluster';
import { blockJson, element } from './page-data';
import '../../styles/map.css';

/** What the page renders into `<places-map data-options=…>`. */
export interface MapOptions {
  locale: 'ka' | 'en';
  intl: string;
  /** Our own TopoJSON basemap (public/data/basemap.topo.json). */
  basemapUrl: string;
  /** Credit line for the basemap, and the page that explains it. */
  attribution: string;
  attributionUrl: string;
  /** Optional online street tiles (src/site.config.ts); empty url = none. */
  tileLayer: { url: string; attribution: string; maxZoom: number };
  /** `_blank` in embeds, so a place page opens on the portal instead of inside the frame. */
  linkTarget?: '_blank';
  strings: {
    label: string;
    failed: string;
    zoomIn: string;
    zoomOut: string;
    closePopup: string;
    markerLabel: string;
    cluster: string;
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

type RegionProps = { code: string; name_ka: string; name_en: string };

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
 * popups linking to the place pages, and the type/status filter applied. `basemapData` is
 * the basemap TopoJSON (options.basemapUrl), already on its way.
 */
export async function createMap(canvas: HTMLElement, options: MapOptions, basemapData: Promise<unknown>): Promise<Leaflet.Map> {
  const topology = (await basemapData) as Topology;
  const places = blockJson<MapPlace[]>('places-data');
  const s = options.strings;
  const numbers = new Intl.NumberFormat(options.intl);
  const maxZoom = options.tileLayer.url ? options.tileLayer.maxZoom : BASEMAP_MAX_ZOOM;
  const bounds = L.latLngBounds([georgiaBounds.minLat, georgiaBounds.minLon], [georgiaBounds.maxLat, georgiaBounds.maxLon]);

  // Leaflet 9119/7193: the focusable map container needs a role and a name.
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', s.label);
  const map = L.map(canvas, { zoomControl: false, maxZoom, maxBounds: bounds.pad(0.3), attributionControl: false });
  map.fitBounds(bounds);
  map.setMinZoom(Math.max(5, map.getZoom() - 1));
  L.control.zoom({ zoomInTitle: s.zoomIn, zoomOutTitle: s.zoomOut }).addTo(map);
  const credit = element('a', { text: options.attribution, attrs: { href: options.attributionUrl } });
  L.control.attribution({ prefix: false }).addAttribution(credit.outerHTML).addTo(map);

  // Basemap: neighbours greyed, regions filled, inner borders dashed, the outline solid.
  // One layer per task (each is tens of milliseconds of projecting and drawing).
  const regionsObject = topology.objects['regions'] as GeometryCollection<RegionProps>;
  const regions = feature(topology, regionsObject) as FeatureCollection<Polygon | MultiPolygon, RegionProps>;
  const quiet = { interactive: false } as const;
  const basemap = L.layerGroup().addTo(map);
  const basemapLayers = [
    () => L.geoJSON(feature(topology, topology.objects['neighbours'] as GeometryCollection), { ...quiet, style: { stroke: true, color: '#b4b9bf', weight: 1, fillColor: '#e4e6e8', fillOpacity: 1 } }),
    () => L.geoJSON(regions, { ...quiet, style: { stroke: false, fillColor: '#fbf7ea', fillOpacity: 1 } }),
    () => L.geoJSON(mesh(topology, regionsObject, (a, b) => a !== b), { ...quiet, style: { color: '#7d8996', weight: 1, dashArray: '4 3' } }),
    () => L.geoJSON(mesh(topology, regionsObject, (a, b) => a === b), { ...quiet, style: { color: '#4a5560', weight: 1.5 } }),
  ];
  for (const layer of basemapLayers) {
    await nextTask();
    basemap.addLayer(layer());
  }
  await nextTask();

  if (options.tileLayer.url) {
    // Off by default; if the tile host fails, the basemap underneath stays.
    const tiles = L.tileLayer(options.tileLayer.url, { attribution: options.tileLayer.attribution, maxZoom });
    L.control.layers({ [s.basemapLayer]: basemap }, { [s.streetLayer]: tiles }, { collapsed: false }).addTo(map);
  }

  // Labels are drawn text only: the list and the markers carry the information.
  const labelPane = map.createPane('labels');
  labelPane.setAttribute('aria-hidden', 'true');
  const label = (latlng: Leaflet.LatLngExpression, text: string, className: string) =>
    L.marker(latlng, {
      pane: 'labels',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className, html: element('span', { text }), iconSize: undefined as unknown as Leaflet.PointExpression }),
    });
  const regionLabels = L.layerGroup(
    regions.features.map((f: Feature<Polygon | MultiPolygon, RegionProps>) => {
      const at = labelPoint(f.geometry);
      return label([at.lat, at.lon], options.locale === 'ka' ? f.properties.name_ka : f.properties.name_en, 'map-label map-label--region');
    }),
  );
  const townLabels = L.layerGroup(
    (gazetteer as readonly Town[]).filter((t) => t.seat).map((t) => label([t.lat, t.lon], t[options.locale], 'map-label map-label--town')),
  );
  const showLabels = () => {
    const regionZoom = map.getZoom() <= REGION_LABELS_MAX_ZOOM;
    if (regionZoom) {
      townLabels.remove();
      regionLabels.addTo(map);
    } else {
      regionLabels.remove();
      townLabels.addTo(map);
    }
  };
  map.on('zoomend', showLabels);
  showLabels();
  await nextTask();

  const clusters = L.markerClusterGroup({
    // Few places: cluster only near-neighbours so most stay single markers; many: cluster more.
    maxClusterRadius: places.length > 100 ? 60 : 40,
    showCoverageOnHover: false,
    chunkedLoading: true,
    // Milliseconds of clustering per task: the task also draws, so this stays well under 50.
    chunkInterval: 25,
    iconCreateFunction: (cluster) => {
      const count = cluster.getChildCount();
      const html = element('span', { attrs: { 'data-cluster-count': String(count) } }, [
        element('span', { text: numbers.format(count), attrs: { 'aria-hidden': 'true' } }),
        element('span', { className: 'sr-only', text: format(s.cluster, { count: numbers.format(count) }) }),
      ]);
      return L.divIcon({ html, className: 'map-cluster', iconSize: L.point(40, 40) });
    },
  });
  // Clusters are buttons: Enter zooms in (or fans out places that share a point)
  // and focus moves to what the cluster opened, not back to the top of the page.
  clusters.on('clusterkeypress', (event) => {
    const keyEvent = (event as unknown as { originalEvent: KeyboardEvent }).originalEvent;
    if (keyEvent.key !== 'Enter') return;
    const cluster = (event as unknown as { layer: Leaflet.MarkerCluster }).layer;
    const first = cluster.getAllChildMarkers()[0];
    if (map.getZoom() >= map.getMaxZoom()) cluster.spiderfy();
    else cluster.zoomToBounds({ padding: [40, 40] });
    clusters.once('animationend spiderfied', () => {
      if (!first) return;
      const visible = clusters.getVisibleParent(first) ?? first;
      (visible.getElement() as HTMLElement | undefined)?.focus();
    });
  });

  const markers: Array<{ place: MapPlace; marker: Leaflet.Marker }> = [];
  for (const [i, place] of places.entries()) {
    // A few hundred markers per task.
    if (i > 0 && i % 250 === 0) await nextTask();
    const name = format(s.markerLabel, { name: place.name, type: s.types[place.type] ?? place.type, status: s.statuses[place.status] ?? place.status });
    const html = element('span', { attrs: { 'data-marker-place': place.id } }, [element('span', { className: 'sr-only', text: name })]);
    const marker = L.marker([place.lat, place.lon], {
      title: place.name,
      alt: place.name,
      keyboard: true,
      icon: L.divIcon({ html, className: `map-pin map-pin--${place.status}`, iconSize: L.point(26, 26), popupAnchor: L.point(0, -12) }),
    });
    marker.bindPopup(() => popupContent(place, options));
    markers.push({ place, marker });
  }

  // Leaflet 8115: keyboard users land in the popup and return to their marker when it closes.
  map.on('popupopen', (event) => {
    const container = event.popup.getElement();
    container?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', s.closePopup);
    // Leaflet handles Escape only while the map itself has focus, not inside the popup.
    container?.addEventListener('keydown', (key) => {
      if (key.key === 'Escape') map.closePopup();
    });
    const source = (event.popup as unknown as { _source?: Leaflet.Marker })._source;
    if (source && document.activeElement === source.getElement()) container?.querySelector<HTMLElement>('a[href]:not(.leaflet-popup-close-button)')?.focus();
  });
  map.on('popupclose', (event) => {
    const container = event.popup.getElement();
    const source = (event.popup as unknown as { _source?: Leaflet.Marker })._source;
    const focusWasInPopup = container?.contains(document.activeElement) || document.activeElement === document.body;
    if (source && focusWasInPopup) (source.getElement() as HTMLElement | undefined)?.focus();
  });

  await nextTask();

  // Filter changes add and remove only the markers that change, in chunks, so a
  // thousand places never block the page (see docs/benchmarks.md).
  let shown = new Set<Leaflet.Marker>();
  const show = (wanted: Leaflet.Marker[]) => {
    const next = new Set(wanted);
    clusters.removeLayers([...shown].filter((m) => !next.has(m)));
    clusters.addLayers(wanted.filter((m) => !shown.has(m)));
    shown = next;
    canvas.dataset['markers'] = String(next.size);
  };
  let filtered = false;
  onFilter((filter) => {
    filtered = true;
    map.closePopup();
    show(markers.filter(({ place }) => matchesFilter(place, filter)).map(({ marker }) => marker));
  });
  if (!filtered) show(markers.map(({ marker }) => marker));
  clusters.addTo(map);
  return map;
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
