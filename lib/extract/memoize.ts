/**
 * A pure function of a word, name or role, remembered: the pipeline asks
 * about the same few thousand strings again and again. Bounded, since it only
 * saves repeated work on a vocabulary: when full it is simply emptied.
 * Results are shared between callers, so they must be treated as read-only.
 */
export function memoizeByString<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as T;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
