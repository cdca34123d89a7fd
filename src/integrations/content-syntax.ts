import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { frontMatter, yamlSyntaxProblem } from '../lib/content/yaml-syntax';

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Checks the syntax of every YAML file and MDX front matter in content/ before
 * Astro reads them, so a typo stops the build with the file, line and fix
 * instead of a stack trace from inside node_modules.
 */
export default function contentSyntax(contentDir = 'content'): AstroIntegration {
  return {
    name: 'returnee-portal:content-syntax',
    hooks: {
      'astro:config:setup': () => {
        const problems = filesUnder(contentDir).flatMap((path) => {
          const file = relative(process.cwd(), path);
          const text = readFileSync(path, 'utf8');
          if (/\.ya?ml$/.test(path)) return [yamlSyntaxProblem(text, file)].filter((p): p is string => p !== undefined);
          if (/\.mdx?$/.test(path)) {
            const front = frontMatter(text);
            return front ? [yamlSyntaxProblem(front.yaml, file, front.lineOffset)].filter((p): p is string => p !== undefined) : [];
          }
          return [];
        });
        if (problems.length > 0) throw new Error(`Content syntax check failed:\n  ${problems.join('\n  ')}`);
      },
    },
  };
}
