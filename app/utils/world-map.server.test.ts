import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { countryCodes, statusOf } from "./countries";
import { mapShapes, worldMapSvg } from "./world-map.server";

const members = countryCodes.filter((c) => statusOf(c) === "member");
const render = () =>
  worldMapSvg({
    label: "Map",
    classOf: (c) => (statusOf(c) === "member" ? (c.charCodeAt(0) % 2 ? "ms-endorsed" : "ms-none") : null),
    titleOf: (c) => `${c}: endorsed`,
    hrefOf: (c) => `/en/member-states/${c.toLowerCase()}`,
  });

describe("world map", () => {
  it("shows every ITU Member State, as a shape or as a marker", () => {
    const drawn = new Set(mapShapes().map((s) => s.code));
    expect(members.filter((c) => !drawn.has(c))).toEqual([]);
    const svg = render();
    for (const c of members) expect(svg).toContain(`data-country="${c}"`);
  });

  it("gives small states a marker: Andorra, Tuvalu and Bahrain vanish at world scale", () => {
    const byCode = new Map(mapShapes().map((s) => [s.code, s]));
    for (const c of ["AD", "TV", "BH", "SG", "MC"]) expect(byCode.get(c)?.marker, c).not.toBeNull();
    expect(byCode.get("BR")?.marker).toBeNull();
  });

  it("stays under 150 KB gzipped and renders warm in under 50 ms", () => {
    render(); // projection is cached per process: the first call pays it once
    const start = performance.now();
    const svg = render();
    const ms = performance.now() - start;
    const gz = gzipSync(svg).length;
    expect(gz).toBeLessThan(150 * 1024);
    expect(ms).toBeLessThan(50);
    console.info(`map: ${svg.length} bytes, ${gz} gzipped, warm render ${ms.toFixed(1)} ms`);
  });
});
