import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { bodySchema, newsSchema, pageSchema, placeSchema, programSchema, regionSchema } from './lib/content/schemas';
import { slugIdGenerator } from './lib/content/slug-ids';

/** Content lives in the top-level `content/` folder. */
const root = './content';

/** Pages and news: one file per language, `content/<collection>/<lang>/<slug>.mdx`. */
const perLanguage = (collection: string) =>
  glob({ base: `${root}/${collection}`, pattern: '**/*.{md,mdx}', generateId: slugIdGenerator(collection, { perLanguage: true }) });

/** Places, bodies and programs: one bilingual YAML file each, `content/<collection>/<slug>.yaml`. */
const bilingual = (collection: string) =>
  glob({ base: `${root}/${collection}`, pattern: '**/*.{yaml,yml,json}', generateId: slugIdGenerator(collection, { perLanguage: false }) });

export const collections = {
  pages: defineCollection({ loader: perLanguage('pages'), schema: pageSchema }),
  news: defineCollection({ loader: perLanguage('news'), schema: newsSchema }),
  places: defineCollection({ loader: bilingual('places'), schema: placeSchema }),
  bodies: defineCollection({ loader: bilingual('bodies'), schema: bodySchema }),
  programs: defineCollection({ loader: bilingual('programs'), schema: programSchema }),
  regions: defineCollection({ loader: file(`${root}/regions.yaml`), schema: regionSchema }),
};
