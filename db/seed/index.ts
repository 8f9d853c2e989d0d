/**
 * Loads the content of the source documents into an empty database. Idempotent: every row has a
 * natural key (a slug or a reference) and is inserted only when that key is absent.
 */
export function seedIfEmpty(_options: { examples: boolean }) {
  // Content arrives with the public-content work; the foundation has nothing to seed.
}
