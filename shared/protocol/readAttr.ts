/**
 * Attribute values of a node as the extraction needs them. The schema has
 * no attribute types, so a forged client can store a number as a title; the
 * value is then replaced by the default and the problem reported.
 */
export function readTextAttr(attrs: Readonly<Record<string, unknown>>, name: string, fallback: string, where: string, problems: string[]): string {
  const value = attrs[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') return value;
  problems.push(`${where}: attribute ${name} is not text; read as ${JSON.stringify(fallback)}`);
  return fallback;
}

/** An attribute that must be one of `allowed`; anything else reads as `fallback`, reported. */
export function readChoiceAttr<T extends string>(
  attrs: Readonly<Record<string, unknown>>,
  name: string,
  allowed: readonly T[],
  fallback: T,
  where: string,
  problems: string[],
): T {
  const value = attrs[name];
  if (value === undefined || value === null) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  problems.push(`${where}: attribute ${name} is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}; read as ${fallback}`);
  return fallback;
}
