import type { Locator } from "@playwright/test";

/**
 * The labels of a chart (an SVG drawn to the width of the screen) that a reader could not read:
 * smaller than 10 px on screen, cut by the chart's edge, or touching another label. Hidden labels (a phone writes every
 * other year) are not counted. An empty list is the expected answer.
 */
export async function unreadableChartLabels(svg: Locator): Promise<string[]> {
  return svg.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const labels = [...el.querySelectorAll("text")].filter((t) => getComputedStyle(t).display !== "none");
    if (labels.length === 0) return ["no labels"];
    const drawn = labels.map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }));
    // Two labels that touch read as one ("20212022").
    const touching = drawn.flatMap((a, i) =>
      drawn
        .slice(i + 1)
        .filter((b) => a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1)
        .map((b) => `${a.text} touches ${b.text}`),
    );
    return drawn
      .filter(({ r }) => r.height < 10 || r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
      .map(
        ({ text, r }) =>
          `${text}: ${Math.round(r.height)} px high at ${Math.round(r.left - box.left)}–${Math.round(r.right - box.left)} of ${Math.round(box.width)}`,
      )
      .concat(touching);
  });
}
