/**
 * Computes a value when the browser is next idle, or at once if it is asked for
 * first ("idle until urgent"): work a feature will need later is done in the
 * gaps of the page's own work instead of when the visitor reaches the feature.
 *
 * @example const clusters = idleUntilUrgent(() => clusterPlaces(places, options)); … clusters()
 */
export function idleUntilUrgent<T>(compute: () => T, timeout = 2000): () => T {
  let result: { value: T } | undefined;
  const run = (): T => {
    result ??= { value: compute() };
    return result.value;
  };
  if ('requestIdleCallback' in window) {
    const handle = requestIdleCallback(() => void run(), { timeout });
    return () => {
      cancelIdleCallback(handle);
      return run();
    };
  }
  const handle = setTimeout(run, 0);
  return () => {
    clearTimeout(handle);
    return run();
  };
}
