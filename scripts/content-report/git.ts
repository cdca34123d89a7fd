/**
 * The git questions behind the report's ONE LANGUAGE flag, answered with the
 * `git` command in the file's own folder. Each answers undefined when the file
 * is not tracked or git is unavailable, so the report still runs outside a
 * checkout. The comparisons themselves are pure (one-language.ts).
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import type { LastChange } from './one-language.ts';

function git(file: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * The file's text as last committed on or before its review day (the end of
 * that day in Georgia, UTC+4); undefined when no commit that old touched it.
 */
export function textAtReview(file: string, lastReviewed: string): string | undefined {
  const commit = git(file, ['log', '-1', '--format=%H', `--before=${lastReviewed}T23:59:59+04:00`, '--', basename(file)])?.trim();
  return commit ? git(file, ['show', `${commit}:./${basename(file)}`]) : undefined;
}

/** When the file last changed: `uncommitted` when the working tree differs from HEAD, else its last commit. */
export function lastChange(file: string): LastChange | undefined {
  const status = git(file, ['status', '--porcelain', '--', basename(file)]);
  if (status === undefined) return undefined;
  if (status.trim()) return { time: Math.floor(Date.now() / 1000), ref: 'uncommitted' };
  const [time, ref] = (git(file, ['log', '-1', '--format=%ct %h', '--', basename(file)]) ?? '').trim().split(' ');
  return time && ref ? { time: Number(time), ref } : undefined;
}
