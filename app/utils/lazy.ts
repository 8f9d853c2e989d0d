/**
 * Builds a value on first use and keeps it. Route modules use it for zod schemas: built at the
 * top level they would also run in the browser (decision 005), built per request they cost time.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
