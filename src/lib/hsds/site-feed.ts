import { buildTime } from '../content/build-time';
import { loadSiteContent } from '../content/site-content';
import { siteUrl } from '../../site.config';
import type { HsdsSource } from './feed';

/** This site's content as the HSDS feed takes it (the files under /data/hsds/). */
export async function siteHsdsSource(): Promise<HsdsSource> {
  const { places, bodies, programs, regions } = await loadSiteContent();
  return { places, bodies, programs, regions, siteUrl, now: buildTime };
}
