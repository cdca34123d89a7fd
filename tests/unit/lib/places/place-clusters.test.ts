import { describe, expect, it } from 'vitest';
import type { MapPlace } from '~/lib/places/map-places';
import { type MapItem, clusterPlaces } from '~/lib/places/place-clusters';

const place = (id: string, lat: number, lon: number): MapPlace => ({
  id,
  name: id,
  type: 'service-hub',
  status: 'open',
  town: 'town',
  lat,
  lon,
  precision: 'building',
  href: `/en/places/${id}/`,
});

// Batumi (two places on one point), Kutaisi, Tbilisi and Telavi.
const places = [
  place('batumi-a', 41.6168, 41.6367),
  place('batumi-b', 41.6168, 41.6367),
  place('kutaisi', 42.2679, 42.6946),
  place('tbilisi', 41.7151, 44.8271),
  place('telavi', 41.9198, 45.4731),
];
const georgia: [number, number, number, number] = [39.9, 40.9, 46.8, 43.7];
const placesIn = (items: MapItem[]) => items.reduce((n, item) => n + (item.kind === 'cluster' ? item.count : 1), 0);

describe('clusterPlaces', () => {
  it('accounts for every place at every zoom, each exactly once', () => {
    const clusters = clusterPlaces(places, { radius: 40, maxZoom: 12 });
    for (let zoom = 5; zoom <= 12; zoom++) expect(placesIn(clusters.inView(georgia, zoom))).toBe(places.length);
  });

  it('keeps towns apart at the country view and groups places that share a point', () => {
    const items = clusterPlaces(places, { radius: 40, maxZoom: 12 }).inView(georgia, 7);
    expect(items.filter((i) => i.kind === 'place').map((i) => (i.kind === 'place' ? i.place.id : '')).sort()).toEqual(['kutaisi', 'tbilisi', 'telavi']);
    const batumi = items.find((i) => i.kind === 'cluster');
    expect(batumi).toMatchObject({ kind: 'cluster', count: 2, opens: 'list', zoomTo: 12 });
  });

  it('lists the places of a cluster that never splits, in the order given', () => {
    const clusters = clusterPlaces(places, { radius: 40, maxZoom: 12 });
    const batumi = clusters.inView(georgia, 12).find((i) => i.kind === 'cluster');
    if (batumi?.kind !== 'cluster') throw new Error('expected the Batumi cluster');
    expect(clusters.places(batumi.clusterId).map((p) => p.id)).toEqual(['batumi-a', 'batumi-b']);
    // The map lists them without asking again.
    expect(batumi.places?.map((p) => p.id)).toEqual(['batumi-a', 'batumi-b']);
  });

  it('zooms a cluster of nearby towns to where it splits, and names what it splits into', () => {
    const clusters = clusterPlaces(places, { radius: 60, maxZoom: 12 });
    const east = clusters.inView(georgia, 5).find((i) => i.kind === 'cluster' && clusters.places(i.clusterId).some((p) => p.id === 'telavi'));
    if (east?.kind !== 'cluster') throw new Error('expected Tbilisi and Telavi in one cluster at zoom 5');
    expect(east.opens).toBe('zoom');
    expect(east.places).toBeUndefined();
    const children = clusters.children(east.clusterId);
    expect(placesIn(children)).toBe(east.count);
    // The children are what the map shows at zoomTo, with the same keys.
    const atZoomTo = clusters.inView(georgia, east.zoomTo).map((i) => i.key);
    for (const child of children) expect(atZoomTo).toContain(child.key);
  });

  it('names the split of a cluster that only shrinks for several zooms before it splits', () => {
    // Tbilisi and Samgori, 12 km apart: one cluster from the country view until about zoom 9.
    const pair = [place('tbilisi', 41.7225, 44.7925), place('samgori', 41.7028, 44.9403)];
    const clusters = clusterPlaces(pair, { radius: 40, minZoom: 5, maxZoom: 12 });
    const [cluster] = clusters.inView(georgia, 5);
    if (cluster?.kind !== 'cluster') throw new Error('expected one cluster at zoom 5');
    expect(cluster.zoomTo).toBeGreaterThan(6);
    const children = clusters.children(cluster.clusterId);
    expect(children.map((c) => (c.kind === 'place' ? c.place.id : c.key)).sort()).toEqual(['samgori', 'tbilisi']);
    expect(clusters.inView(georgia, cluster.zoomTo).map((i) => i.key).sort()).toEqual(children.map((c) => c.key).sort());
  });

  it('shows only what lies in the box asked for', () => {
    const westOnly = clusterPlaces(places, { radius: 40, maxZoom: 12 }).inView([41, 41, 43, 43], 9);
    expect(placesIn(westOnly)).toBe(3);
  });

  it('handles no places at all', () => {
    expect(clusterPlaces([], { radius: 40, maxZoom: 12 }).inView(georgia, 7)).toEqual([]);
  });
});
