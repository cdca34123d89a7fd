/**
 * Fails when code imports a package that package.json does not declare. Such an import works
 * only while another package happens to pull the missing one into node_modules, and breaks
 * the day that package drops it.
 *
 * Reads every module in src/, scripts/, bench/ and tests/ and the config files at the root:
 * TypeScript and JavaScript, the frontmatter and `<script>` blocks of `.astro` files, and the
 * `@import`/`@plugin` lines of CSS. Node's built-in modules, Astro's `astro:*` modules and the
 * `~/` alias of src/ need no declaration; an import that only brings in types may be declared
 * as its `@types/…` package.
 *
 *   node scripts/check-imports.ts     # part of npm run check
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** One import of a bare specifier: where, what, and whether it brings in types only. */
export interface BareImport {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

/** Folders whose modules are read, and the file kinds read in them. */
const FOLDERS = ['src', 'scripts', 'bench', 'tests'];
const CODE = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);
const SKIP = new Set(['node_modules', 'dist', '.astro']);

/**
 * The package a bare specifier names, or undefined for one that needs no declaration
 * (relative or absolute paths, Node built-ins, `astro:*`, the `~/` alias).
 *
 * @example packageName('@astrojs/mdx/server') // '@astrojs/mdx'
 * @example packageName('leaflet/dist/leaflet.css') // 'leaflet'
 * @example packageName('node:fs') // undefined
 */
export function packageName(specifier: string): string | undefined {
  if (/^(\.|\/|~\/|node:|astro:)/.test(specifier)) return undefined;
  const path = specifier.split('?')[0] ?? '';
  const parts = path.split('/');
  const name = path.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return builtinModules.includes(name) ? undefined : name;
}

/** The `@types/…` package that holds the types of a package: `@types/a__b` for `@a/b`. */
export function typesPackage(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}

/** The imports among `found` whose package is not in `declared`. */
export function undeclaredImports(found: readonly BareImport[], declared: ReadonlySet<string>): BareImport[] {
  return found.filter(({ specifier, typeOnly }) => {
    const name = packageName(specifier);
    if (name === undefined || declared.has(name)) return false;
    return !(typeOnly && declared.has(typesPackage(name)));
  });
}

/** Every module specifier a TypeScript or JavaScript text imports, re-exports or loads with `import()`. */
export function codeImports(file: string, text: string): BareImport[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: BareImport[] = [];
  const add = (node: ts.Node | undefined, typeOnly: boolean) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ file, specifier: node.text, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypeNames =
        !!clause && !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier, clause?.phaseModifier === ts.SyntaxKind.TypeKeyword || onlyTypeNames);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The imports of an `.astro` file: its frontmatter and its `<script>` blocks. */
export function astroImports(file: string, text: string): BareImport[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].flatMap((code) => codeImports(file, code));
}

/** The packages a stylesheet loads: `@import 'tailwindcss';`, `@plugin "…";`. */
export function cssImports(file: string, text: string): BareImport[] {
  return [...text.matchAll(/@(?:import|plugin|reference)\s+(?:url\()?["']([^"']+)["']/g)].map((m) => ({
    file,
    specifier: m[1] ?? '',
    typeOnly: false,
  }));
}

/** The imports of one file, by its kind; none for kinds not read. */
export function fileImports(file: string, text: string): BareImport[] {
  const ext = extname(file);
  if (ext === '.astro') return astroImports(file, text);
  if (ext === '.css') return cssImports(file, text);
  return CODE.has(ext) ? codeImports(file, text) : [];
}

/** Every file below `dir`, skipping installed packages and build output. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(path) : [path];
  });
}

/** The files read: the folders' modules and the root's config files (`*.config.*`, `.htmlvalidate.*`). */
function projectFiles(root: string): string[] {
  const configs = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && /(\.config|^\.htmlvalidate)\.[cm]?[jt]s$/.test(e.name))
    .map((e) => join(root, e.name));
  return [...configs, ...FOLDERS.flatMap((folder) => filesBelow(join(root, folder)))];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.cwd();
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const declared = new Set(
    ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {})),
  );
  const files = projectFiles(root);
  const found = files.flatMap((file) => fileImports(relative(root, file), readFileSync(file, 'utf8')));
  const missing = undeclaredImports(found, declared);
  for (const { file, specifier } of missing) {
    console.error(`${file}: imports "${specifier}", but package.json does not declare "${packageName(specifier)}"`);
  }
  if (missing.length > 0) {
    console.error(`\n${missing.length} undeclared import(s): add each package to package.json (npm install -D <name> for tooling and tests).`);
    process.exitCode = 1;
  } else {
    console.log(`check-imports: ${found.length} imports in ${files.length} files, every package declared in package.json`);
  }
}
