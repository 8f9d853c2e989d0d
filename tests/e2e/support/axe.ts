import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * The serious and critical WCAG 2.1 AA violations axe-core finds on the page as it stands, one
 * line each ("<label>: <rule> (<count>) <first element>").
 *
 * axe runs in the page itself and reports violations only: @axe-core/playwright opened a blank
 * page per check to merge results across frames (the portal has none) and collected every
 * passing element too, which took three to four seconds a page on CI's machine.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  // Runtime.evaluate is not bound by the page's Content-Security-Policy, as a <script> would be.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, target: v.nodes[0]?.target.join(" ") }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${label}: ${v.id} (${v.count}) ${v.target}`);
}
