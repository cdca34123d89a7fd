/**
 * A throwaway copy of the project for a build that must not touch the real
 * one (the scale bench, the broken-content tests). The copy gets its own
 * `node_modules` folder whose packages link to the project's: Astro keeps its
 * content store and Vite its caches inside `node_modules` (`.astro`, `.vite`),
 * so sharing the whole folder let one build read another's content.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build reads from the project. */
const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the build inputs of `project` to a new temporary folder named
 * `<prefix>XXXXXX` and links its packages; returns the folder.
 */
export function copyProject(project: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of BUILD_INPUTS) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  const modules = join(project, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    // Caches start with a dot (.astro, .vite, .cache); .bin holds the commands.
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return dir;
}
