import Supercluster from 'supercluster';
import type { MapPlace } from './map-places';

/** What the map draws at one zoom: a single place, or a cluster of places near each other. */
export type MapItem =
  | { kind: 'place'; key: string; lat: number; lon: number; place: MapPlace }
  | {
      kind: 'cluster';
      key: string;
      lat: number;
      lon: number;
      clusterId: number;
      count: number;
      /**
       * `zoom`: opening the cluster zooms the map to `zoomTo`, where it splits.
       * `list`: its places stay together even at the map's closest zoom (same
       * building or town centre), so opening it lists them instead.
       */
      opens: 'zoom' | 'list';
      zoomTo: number;
      /** For `list` clusters: their places, in the order given. */
      places?: MapPlace[];
    };

type PlaceProps = { index: number };

/** Clusters of places for every zoom up to the map's closest; built once per filter change. */
export interface PlaceClusters {
  /** What to draw inside `[west, south, east, north]` at `zoom`. */
  inView(bbox: [number, number, number, number], zoom: number): MapItem[];
  /** The items a cluster splits into at its `zoomTo`, keyed as `inView` keys them at that zoom. */
  children(clusterId: number): MapItem[];
  /** Every place in a cluster, in the order given. */
  places(clusterId: number): MapPlace[];
}

/**
 * Indexes `places` for clustering (Supercluster: a k-d tree per zoom, a few
 * milliseconds for a thousand places, so only what is in view becomes a marker).
 * `radius` is in screen pixels of Leaflet's 256-pixel tiles; clusters form from
 * `minZoom` (the map's farthest zoom: no work for zooms it never shows) up to
 * `maxZoom`, the map's closest zoom, so places sharing a point never overlap.
 *
 * @example clusterPlaces(places, { radius: 40, maxZoom: 12 }).inView([40, 41, 47, 44], 7)
 */
export function clusterPlaces(places: readonly MapPlace[], options: { radius: number; minZoom?: number; maxZoom: number }): PlaceClusters {
  const index = new Supercluster<PlaceProps>({ radius: options.radius, minZoom: options.minZoom ?? 0, maxZoom: options.maxZoom, extent: 256 });
  index.load(places.map((place, i) => ({ type: 'Feature', properties: { index: i }, geometry: { type: 'Point', coordinates: [place.lon, place.lat] } })));

  const placesOf = (clusterId: number): MapPlace[] =>
    index
      .getLeaves(clusterId, Infinity)
      .map((leaf) => leaf.properties.index)
      .sort((a, b) => a - b)
      .map((i) => places[i] as MapPlace);

  const toItem = (feature: ReturnType<typeof index.getClusters>[number]): MapItem => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      const id = props.cluster_id;
      const expansion = index.getClusterExpansionZoom(id);
      const common = { kind: 'cluster', key: `c${id}`, lat, lon, clusterId: id, count: props.point_count, zoomTo: Math.min(expansion, options.maxZoom) } as const;
      return expansion > options.maxZoom ? { ...common, opens: 'list', places: placesOf(id) } : { ...common, opens: 'zoom' };
    }
    const place = places[(props as PlaceProps).index] as MapPlace;
    return { kind: 'place', key: `p${place.id}`, lat, lon, place };
  };

  return {
    inView: (bbox, zoom) => index.getClusters(bbox, Math.round(zoom)).map(toItem),
    children: (clusterId) => {
      // Supercluster gives the next zoom's children; a cluster that only shrinks there has one, so follow it to the split.
      let children = index.getChildren(clusterId);
      for (let only = children[0]; children.length === 1 && only && 'cluster' in only.properties; only = children[0]) {
        children = index.getChildren(only.properties.cluster_id);
      }
      return children.map(toItem);
    },
    places: placesOf,
  };
}
