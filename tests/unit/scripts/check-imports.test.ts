import { describe, expect, it } from 'vitest';
import {
  astroImports,
  codeImports,
  cssImports,
  fileImports,
  packageName,
  typesPackage,
  undeclaredImports,
} from '../../../scripts/check-imports.ts';

describe('packageName', () => {
  it('names the package of a bare specifier, scoped or not, with or without a subpath', () => {
    expect(packageName('leaflet')).toBe('leaflet');
    expect(packageName('leaflet/dist/leaflet.css')).toBe('leaflet');
    expect(packageName('@astrojs/mdx')).toBe('@astrojs/mdx');
    expect(packageName('html-validate/node')).toBe('html-validate');
    expect(packageName('@tailwindcss/vite/x?raw')).toBe('@tailwindcss/vite');
  });

  it('needs no declaration for paths, Node built-ins, astro:* and the ~/ alias', () => {
    for (const specifier of ['./a.ts', '../b', '/abs', '~/lib/x', 'node:fs', 'fs', 'fs/promises', 'astro:content', 'astro:assets']) {
      expect(packageName(specifier), specifier).toBeUndefined();
    }
  });
});

describe('typesPackage', () => {
  it('maps a package to its DefinitelyTyped name', () => {
    expect(typesPackage('geojson')).toBe('@types/geojson');
    expect(typesPackage('@scope/name')).toBe('@types/scope__name');
  });
});

describe('codeImports', () => {
  it('finds static, re-exported, dynamic and type imports, and knows which bring in types only', () => {
    const text = [
      "import a from 'pkg-a';",
      "import type { T } from 'pkg-types';",
      "import { type U, type V } from 'pkg-type-names';",
      "import { type W, x } from 'pkg-mixed';",
      "import 'pkg-side-effect';",
      "export { y } from 'pkg-reexport';",
      "const z = await import('pkg-dynamic');",
      "let t: import('pkg-import-type').T;",
      "declare module 'pkg-augmented' {}",
      '// import nope from "pkg-in-a-comment";',
    ].join('\n');
    expect(codeImports('f.ts', text).map(({ specifier, typeOnly }) => [specifier, typeOnly])).toEqual([
      ['pkg-a', false],
      ['pkg-types', true],
      ['pkg-type-names', true],
      ['pkg-mixed', false],
      ['pkg-side-effect', false],
      ['pkg-reexport', false],
      ['pkg-dynamic', false],
      ['pkg-import-type', true],
    ]);
  });
});

describe('astroImports and cssImports', () => {
  it('reads the frontmatter and script blocks of a component, not its markup', () => {
    const text = "---\nimport X from 'in-frontmatter';\n---\n<p>import y from 'in-markup'</p>\n<script>import 'in-script';</script>";
    expect(astroImports('C.astro', text).map((i) => i.specifier)).toEqual(['in-frontmatter', 'in-script']);
  });

  it('reads @import and @plugin lines of a stylesheet', () => {
    const text = "@import 'tailwindcss';\n@import \"leaflet/dist/leaflet.css\" layer(x);\n@plugin 'some-plugin';\n@import './local.css';";
    expect(cssImports('g.css', text).map((i) => i.specifier)).toEqual(['tailwindcss', 'leaflet/dist/leaflet.css', 'some-plugin', './local.css']);
  });

  it('ignores kinds of file it does not read', () => {
    expect(fileImports('data.json', '{"import": "x"}')).toEqual([]);
  });
});

describe('undeclaredImports', () => {
  const found = [
    { file: 'a.ts', specifier: 'yaml', typeOnly: false },
    { file: 'b.ts', specifier: 'topojson-specification', typeOnly: true },
    { file: 'c.ts', specifier: 'geojson', typeOnly: false },
    { file: 'd.ts', specifier: 'node:path', typeOnly: false },
    { file: 'e.ts', specifier: 'astro/config', typeOnly: false },
  ];

  it('reports packages that package.json does not declare', () => {
    const declared = new Set(['astro', '@types/geojson']);
    expect(undeclaredImports(found, declared).map((i) => i.file)).toEqual(['a.ts', 'b.ts', 'c.ts']);
  });

  it('accepts the @types package for an import of types only', () => {
    const declared = new Set(['astro', 'yaml', '@types/topojson-specification', '@types/geojson']);
    expect(undeclaredImports(found, declared).map((i) => i.file)).toEqual(['c.ts']);
  });
});
