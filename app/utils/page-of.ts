/** One page of a list kept whole: the page asked for, or the last one when the address asks past it. */
export function pageOf<T>(all: readonly T[], requested: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(all.length / perPage));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pages);
  return { items: all.slice((page - 1) * perPage, page * perPage), page, pages };
}
