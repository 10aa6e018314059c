import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { NeedId } from '../understanding/types';

/** A point resource as the geographic index sees it. */
export interface GeoPoint {
  lat: number;
  lon: number;
  needs: readonly NeedId[];
}

/**
 * One kd-tree per need bucket (plus one over everything), so a search for grief groups walks only
 * the grief points near the place instead of every record. Items are positions in the array given
 * to the constructor.
 */
export class NeedGeoIndex {
  private readonly buckets = new Map<NeedId | '*', { tree: KDBush; items: Uint32Array }>();

  constructor(points: readonly GeoPoint[]) {
    const members = new Map<NeedId | '*', number[]>([['*', []]]);
    points.forEach((p, i) => {
      members.get('*')!.push(i);
      for (const need of new Set(p.needs)) {
        const list = members.get(need);
        if (list) list.push(i);
        else members.set(need, [i]);
      }
    });
    for (const [key, list] of members) {
      if (list.length === 0) continue;
      const tree = new KDBush(list.length);
      for (const i of list) tree.add(points[i]!.lon, points[i]!.lat);
      tree.finish();
      this.buckets.set(key, { tree, items: Uint32Array.from(list) });
    }
  }

  /**
   * Up to `max` items nearest to the place, within `maxKm`, in any of the needs' buckets (all items
   * when `needs` is empty) and accepted by `accept`, nearest first within each bucket.
   */
  nearest(lat: number, lon: number, needs: readonly NeedId[], max: number, maxKm: number, accept: (item: number) => boolean): number[] {
    const keys: Array<NeedId | '*'> = needs.length === 0 ? ['*'] : [...new Set(needs)];
    const seen = new Set<number>();
    const out: number[] = [];
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      const ids = around(bucket.tree, lon, lat, max, maxKm, (id) => {
        const item = bucket.items[id]!;
        return !seen.has(item) && accept(item);
      });
      for (const id of ids) {
        const item = bucket.items[id]!;
        if (!seen.has(item)) {
          seen.add(item);
          out.push(item);
        }
      }
    }
    return out;
  }
}
