import type { GetStaticPaths } from 'astro';
import { localeCodes } from '../../../../i18n/locales';
import { useTranslations } from '../../../../i18n/ui';
import { hsdsFeed } from '../../../../lib/hsds/feed';
import { siteHsdsSource } from '../../../../lib/hsds/site-feed';

/**
 * `/data/hsds/<lang>/…`: the places, bodies and programmes in Open Referral's
 * HSDS 3.0, as static files that mirror its read-only API (`services.json`,
 * `services/<id>.json`, `organizations…`, `locations…`, `service_at_locations…`).
 */
export const getStaticPaths = (async () => {
  const source = await siteHsdsSource();
  return localeCodes.flatMap((locale) =>
    [...hsdsFeed(source, locale, useTranslations(locale))].map(([file, body]) => ({ params: { lang: locale, file }, props: { body } })),
  );
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: unknown } }) {
  return new Response(`${JSON.stringify(props.body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
