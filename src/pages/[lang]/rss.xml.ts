import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { locales } from '../../i18n/locales';
import { type LocaleProps, localeStaticPaths, localizedPath } from '../../i18n/routes';
import { useTranslations } from '../../i18n/ui';
import { loadSiteContent, newsNewestFirst, slugOf } from '../../lib/content/site-content';
import { siteUrl } from '../../site.config';

export const getStaticPaths = localeStaticPaths;

/** One RSS feed per language: `/ka/rss.xml`, `/en/rss.xml`. */
export async function GET(context: APIContext<LocaleProps>) {
  const { locale } = context.props;
  const t = useTranslations(locale);
  const { news } = await loadSiteContent();
  return rss({
    title: t('news.feedTitle'),
    description: t('news.description'),
    site: `${siteUrl}${localizedPath(locale, 'home')}`,
    customData: `<language>${locales[locale].bcp47}</language>`,
    items: newsNewestFirst(news, locale).map((item) => ({
      title: item.data.title,
      description: item.data.description,
      link: `${siteUrl}${localizedPath(locale, 'news', slugOf(item))}`,
      ...(item.data.published ? { pubDate: item.data.published } : {}),
    })),
  });
}
