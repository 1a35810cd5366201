/**
 * What a facet's "only" and "all but" buttons choose, as a list filter's value: null when every
 * value passes, so that a choice that ends up allowing all reads as no filter at all.
 */

/** The allowed values after choosing `value` alone. */
export function chooseOnly(values: readonly string[], value: string): string[] | null {
  if (!values.includes(value)) throw new Error(`facetChoice: "${value}" is not a value of this facet`);
  return values.length === 1 ? null : [value];
}

/** The allowed values after choosing every value except `value`. */
export function chooseAllBut(values: readonly string[], value: string): string[] {
  if (!values.includes(value)) throw new Error(`facetChoice: "${value}" is not a value of this facet`);
  return values.filter((v) => v !== value);
}

/** The allowed values after ticking or unticking one value. */
export function chooseToggled(
  values: readonly string[],
  allowed: readonly string[] | null,
  value: string,
  checked: boolean,
): string[] | null {
  const current = allowed ?? values;
  const next = checked ? [...current, value] : current.filter((v) => v !== value);
  return next.length === values.length ? null : next;
}
