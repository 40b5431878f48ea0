/** The dotted paths of the fields an input sets: `{a: 1, b: {c: 2}}` → `['a', 'b.c']`. */
export function fieldPaths(input: object, prefix = ''): string[] {
  return Object.entries(input).flatMap(([key, value]: [string, unknown]) => {
    if (value === undefined) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? fieldPaths(value, path)
      : [path];
  });
}
