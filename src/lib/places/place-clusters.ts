import Supercluster from 'supercluster';
import type { MapPlace } from './map-places';

/**
 * What the map draws at one zoom: a single place; a cluster of places near each
 * other, which zooms the map to `zoomTo` (where it splits) when opened; or a
 * stack of places at the very same point (one town centre), which lists them
 * when opened because no zoom would set them apart.
 */
export type MapItem =
  | { kind: 'place'; key: string; lat: number; lon: number; place: MapPlace }
  | { kind: 'cluster'; key: string; lat: number; lon: number; clusterId: number; count: number; zoomTo: number }
  | { kind: 'stack'; key: string; lat: number; lon: number; count: number; places: MapPlace[] };

/** One indexed point: the places at one position (indices into the places given), and how many. */
type PointProps = { members: number[]; size: number };
type ClusterProps = { size: number };

/** Clusters of places for every zoom the map shows; built once per filter change. */
export interface PlaceClusters {
  /**
   * What to draw inside `[west, south, east, north]` at `zoom`. A fractional zoom
   * (the map zooms in tenths) draws the clusters of the whole zoom below it, whose
   * markers stand at least as far apart on screen as they would at that zoom.
   */
  inView(bbox: [number, number, number, number], zoom: number): MapItem[];
  /** The items a cluster splits into at its `zoomTo`, keyed as `inView` keys them at that zoom. */
  children(clusterId: number): MapItem[];
  /** Every place in a cluster, in the order given. */
  places(clusterId: number): MapPlace[];
}

/**
 * Indexes `places` for clustering (Supercluster: a k-d tree per zoom, tens of
 * milliseconds for a thousand places, so only what is in view becomes a marker).
 * Places at the very same position are one stack. `radius` is in screen pixels
 * of Leaflet's 256-pixel tiles; clusters form from `minZoom` (the map's farthest
 * zoom: no work for zooms it never shows) up to one zoom before `maxZoom`, so at
 * the map's closest zoom every place (or stack) is drawn where it is.
 *
 * @example clusterPlaces(places, { radius: 40, maxZoom: 12 }).inView([40, 41, 47, 44], 7)
 */
export function clusterPlaces(places: readonly MapPlace[], options: { radius: number; minZoom?: number; maxZoom: number }): PlaceClusters {
  const byPosition = new Map<string, number[]>();
  places.forEach((place, i) => {
    const key = `${place.lat},${place.lon}`;
    const members = byPosition.get(key);
    if (members) members.push(i);
    else byPosition.set(key, [i]);
  });
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: options.radius,
    minZoom: Math.min(options.minZoom ?? 0, options.maxZoom - 1),
    maxZoom: options.maxZoom - 1,
    extent: 256,
    map: (props) => ({ size: props.size }),
    reduce: (total, props) => {
      total.size += props.size;
    },
  });
  index.load(
    [...byPosition.values()].map((members) => {
      const first = places[members[0] ?? 0] as MapPlace;
      return { type: 'Feature', properties: { members, size: members.length }, geometry: { type: 'Point', coordinates: [first.lon, first.lat] } };
    }),
  );

  const inOrder = (indices: number[]) => indices.sort((a, b) => a - b).map((i) => places[i] as MapPlace);

  const toItem = (feature: ReturnType<typeof index.getClusters>[number]): MapItem => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      const id = props.cluster_id;
      return { kind: 'cluster', key: `c${id}`, lat, lon, clusterId: id, count: props.size, zoomTo: index.getClusterExpansionZoom(id) };
    }
    const members = inOrder([...(props as PointProps).members]);
    const first = members[0] as MapPlace;
    if (members.length === 1) return { kind: 'place', key: `p${first.id}`, lat, lon, place: first };
    return { kind: 'stack', key: `s${first.id}`, lat, lon, count: members.length, places: members };
  };

  return {
    inView: (bbox, zoom) => index.getClusters(bbox, Math.floor(zoom)).map(toItem),
    children: (clusterId) => index.getChildren(clusterId).map(toItem),
    places: (clusterId) => inOrder(index.getLeaves(clusterId, Infinity).flatMap((leaf) => leaf.properties.members)),
  };
}
