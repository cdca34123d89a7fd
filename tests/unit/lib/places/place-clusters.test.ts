import { describe, expect, it } from 'vitest';
import type { MapPlace } from '~/lib/places/map-places';
import { type MapItem, clusterPlaces } from '~/lib/places/place-clusters';

const place = (id: string, lat: number, lon: number): MapPlace => ({
  id,
  name: id,
  type: 'service-hub',
  status: 'open',
  note: '',
  stale: false,
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
const placesIn = (items: MapItem[]) => items.reduce((n, item) => n + (item.kind === 'place' ? 1 : item.count), 0);
const idsOf = (items: MapItem[]) => items.flatMap((item) => (item.kind === 'place' ? [item.place.id] : item.kind === 'stack' ? item.places.map((p) => p.id) : [item.key])).sort();

describe('clusterPlaces', () => {
  it('accounts for every place at every zoom, each exactly once', () => {
    const clusters = clusterPlaces(places, { radius: 40, minZoom: 5, maxZoom: 12 });
    for (let zoom = 5; zoom <= 12; zoom++) expect(placesIn(clusters.inView(georgia, zoom))).toBe(places.length);
  });

  it('keeps towns apart at the country view and stacks places that share a point, listing them in the order given', () => {
    const items = clusterPlaces(places, { radius: 40, maxZoom: 12 }).inView(georgia, 7);
    expect(items.filter((i) => i.kind === 'place').map((i) => (i.kind === 'place' ? i.place.id : '')).sort()).toEqual(['kutaisi', 'tbilisi', 'telavi']);
    const batumi = items.find((i) => i.kind === 'stack');
    expect(batumi).toMatchObject({ kind: 'stack', count: 2 });
    expect(batumi?.kind === 'stack' && batumi.places.map((p) => p.id)).toEqual(['batumi-a', 'batumi-b']);
  });

  it('draws places that are close but not on one point apart at the closest zoom', () => {
    // Two offices 600 m apart in Tbilisi: one cluster from afar, two markers at zoom 12.
    const near = [place('rustaveli', 41.7, 44.79), place('vake', 41.7, 44.797)];
    const clusters = clusterPlaces(near, { radius: 60, maxZoom: 12 });
    expect(clusters.inView(georgia, 8).map((i) => i.kind)).toEqual(['cluster']);
    expect(clusters.inView(georgia, 12).map((i) => i.kind)).toEqual(['place', 'place']);
  });

  it('at a fractional zoom draws the clusters of the whole zoom below, so markers never come closer than at that zoom', () => {
    const near = [place('rustaveli', 41.7, 44.79), place('vake', 41.7, 44.797)];
    const clusters = clusterPlaces(near, { radius: 60, maxZoom: 12 });
    expect(clusters.inView(georgia, 11.9).map((i) => i.kind)).toEqual(['cluster']);
    expect(clusters.inView(georgia, 11.9)).toEqual(clusters.inView(georgia, 11));
  });

  it('zooms a cluster to where it splits, and names what it splits into with the keys the map uses there', () => {
    // Tbilisi and Samgori, 12 km apart: one cluster from the country view until about zoom 9.
    const pair = [place('tbilisi', 41.7225, 44.7925), place('samgori', 41.7028, 44.9403)];
    const clusters = clusterPlaces(pair, { radius: 40, minZoom: 5, maxZoom: 12 });
    const [cluster] = clusters.inView(georgia, 5);
    if (cluster?.kind !== 'cluster') throw new Error('expected one cluster at zoom 5');
    expect(cluster.zoomTo).toBeGreaterThan(6);
    expect(cluster.zoomTo).toBeLessThanOrEqual(12);
    const children = clusters.children(cluster.clusterId);
    expect(idsOf(children)).toEqual(['samgori', 'tbilisi']);
    expect(clusters.inView(georgia, cluster.zoomTo).map((i) => i.key).sort()).toEqual(children.map((c) => c.key).sort());
    expect(clusters.places(cluster.clusterId).map((p) => p.id)).toEqual(['tbilisi', 'samgori']);
  });

  it('counts the places of a stack inside a cluster', () => {
    const clusters = clusterPlaces(places, { radius: 60, minZoom: 5, maxZoom: 12 });
    const west = clusters.inView(georgia, 5).find((i) => i.kind === 'cluster' && clusters.places(i.clusterId).some((p) => p.id === 'batumi-a'));
    if (west?.kind !== 'cluster') throw new Error('expected Batumi inside a cluster at zoom 5');
    expect(west.count).toBe(clusters.places(west.clusterId).length);
    expect(clusters.places(west.clusterId).map((p) => p.id)).toEqual(expect.arrayContaining(['batumi-a', 'batumi-b']));
  });

  it('shows only what lies in the box asked for', () => {
    const westOnly = clusterPlaces(places, { radius: 40, maxZoom: 12 }).inView([41, 41, 43, 43], 9);
    expect(placesIn(westOnly)).toBe(3);
  });

  it('handles no places at all', () => {
    expect(clusterPlaces([], { radius: 40, maxZoom: 12 }).inView(georgia, 7)).toEqual([]);
  });
});
