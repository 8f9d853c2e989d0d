const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The top of a chart's value axis: the largest value with a little room above it, rounded up to
 * 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten, so that the axis and its middle line
 * read 0 – 600 – 1,200 rather than 0 – 577.5 – 1,155 (or 68,750.3 in a Spanish page).
 */
export function niceTop(largest: number): number {
  if (!(largest > 0) || !Number.isFinite(largest)) return 1;
  const target = largest * 1.05;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = STEPS.find((s) => s * power >= target) ?? 10;
  return Number((step * power).toPrecision(12));
}

/**
 * The value axis of a chart whose values may fall below zero (a pledge's baseline and target, its
 * reports): from zero, a round top; below zero, from the lowest value to zero or the largest, with a
 * tenth of the span to spare. Its two ends always differ, so no point is drawn at NaN.
 */
export function valueRange(values: number[]): { min: number; max: number } {
  const min = Math.min(0, ...values);
  if (min === 0) return { min, max: niceTop(Math.max(0, ...values)) };
  const top = Math.max(0, ...values);
  return { min, max: top + (top - min) * 0.1 };
}
