import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { geoArea, geoContains, geoEqualEarth } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { countryCodes, statusOf } from "./countries";
import { alpha2ByNumeric } from "./iso-numeric";
import { FILL, MAP_HEIGHT, WESTERN_SAHARA_NORTH, mapFeatures, mapShapes, worldMapSvg } from "./world-map.server";

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

  it("prints the UN map disclaimer under the map when asked, on two lines when long, right-aligned in Arabic", () => {
    const text = "The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.";
    expect(render()).not.toContain("<text");
    const en = worldMapSvg({ label: "Map", classOf: () => null, titleOf: (c) => c, hrefOf: (c) => c, note: { text, lang: "en", dir: "ltr" } });
    const lines = [...en.matchAll(/<text x="8" y="\d+">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.join(" ")).toBe(text);
    expect(lines).toHaveLength(2);
    expect(en).toMatch(new RegExp(`viewBox="0 0 960 (\\d+)"`));
    expect(Number(/viewBox="0 0 960 (\d+)"/.exec(en)![1])).toBeGreaterThan(MAP_HEIGHT + 30);
    const ar = worldMapSvg({
      label: "Map",
      classOf: () => null,
      titleOf: (c) => c,
      hrefOf: (c) => c,
      note: { text: "لا تعني الحدود", lang: "ar", dir: "rtl" },
    });
    expect(ar).toContain('lang="ar" direction="rtl"');
    expect(ar).toContain('<text x="952" y="487">لا تعني الحدود</text>');
  });
});

/** Natural Earth as shipped, before the portal redraws it. */
const load = createRequire(import.meta.url);
function raw(file: string, name: string): Feature<Geometry, { name: string }> {
  const topo = load(file) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const g = topo.objects.countries.geometries.find((x) => (x.properties as { name: string }).name === name)!;
  return feature(topo, g) as Feature<Geometry, { name: string }>;
}
const polygons = (g: Geometry) => (g.type === "MultiPolygon" ? g.coordinates.length : g.type === "Polygon" ? 1 : 0);

// A place inside each area, [longitude, latitude].
const TAIPEI: [number, number] = [121.5, 25.03];
const HARGEISA: [number, number] = [44.06, 9.56];
const PRISTINA: [number, number] = [21.17, 42.67];
const KYRENIA: [number, number] = [33.32, 35.3];
const SIMFEROPOL: [number, number] = [34.1, 45.0];

describe("world map: borders as the United Nations' maps draw them", () => {
  for (const file of ["world-atlas/countries-110m.json", "world-atlas/countries-50m.json"]) {
    const fs = mapFeatures(file);
    const byCode = (code: string) => fs.find((f) => alpha2ByNumeric[String(f.id)] === code)!;

    it(`draws no separate Taiwan, Kosovo, Somaliland or north of Cyprus (${file})`, () => {
      const names = fs.map((f) => f.properties.name);
      for (const n of ["Taiwan", "Kosovo", "Somaliland", "N. Cyprus"]) expect(names).not.toContain(n);
      expect(names).toContain("China");
      // Each place lies in exactly one shape, and it is the Member State's.
      for (const [place, code] of [
        [TAIPEI, "CN"],
        [HARGEISA, "SO"],
        [PRISTINA, "RS"],
        [KYRENIA, "CY"],
        [SIMFEROPOL, "UA"],
      ] as const) {
        const holders = fs.filter((f) => geoContains(f, place)).map((f) => alpha2ByNumeric[String(f.id)] ?? f.properties.name);
        expect(holders, `${place.join(",")}`).toEqual([code]);
      }
    });

    it(`China's shape takes in Taiwan's, Somalia's Somaliland's, Serbia's Kosovo's, Ukraine's Crimea (${file})`, () => {
      // Taiwan is an island: China's shape gains its polygon(s), one more for the main island at least.
      expect(polygons(byCode("CN").geometry)).toBe(polygons(raw(file, "China").geometry) + polygons(raw(file, "Taiwan").geometry));
      // Land borders go: the State's area is its own plus the area's (steradians; the merge keeps every arc).
      for (const [code, own, part] of [
        ["CN", "China", "Taiwan"],
        ["SO", "Somalia", "Somaliland"],
        ["RS", "Serbia", "Kosovo"],
        ["CY", "Cyprus", "N. Cyprus"],
      ] as const)
        expect(geoArea(byCode(code)), code).toBeCloseTo(geoArea(raw(file, own)) + geoArea(raw(file, part)), 8);
      expect(geoArea(byCode("UA"))).toBeGreaterThan(geoArea(raw(file, "Ukraine")));
      expect(geoArea(byCode("RU"))).toBeLessThan(geoArea(raw(file, "Russia")));
    });
  }

  it("gives Taiwan China's link, class and title in the SVG, and no land shape of its own", () => {
    const svg = render();
    const cn = /<a [^>]*class="([^"]+)"[^>]*data-country="CN"><title>([^<]*)<\/title><path d="([^"]+)"\/>/.exec(svg)!;
    expect(cn[1]).toBe(statusOf("CN") === "member" ? "ms-endorsed" : "ms-none");
    expect(cn[2]).toBe("CN: endorsed");
    expect(cn[3].match(/M/g)!.length).toBe(
      polygons(raw("world-atlas/countries-110m.json", "China").geometry) + polygons(raw("world-atlas/countries-110m.json", "Taiwan").geometry),
    );
    for (const code of ["TW", "XK"]) expect(svg).not.toContain(`data-country="${code}"`);
    // The only shapes left without an ISO code of the portal: Antarctica, and territories the UN itself lists apart.
    // (and the part of Western Sahara that Natural Earth draws with Morocco, below)
    const land = mapShapes().filter((s) => s.code === null).length;
    expect(land).toBe(mapFeatures("world-atlas/countries-110m.json").filter((f) => !alpha2ByNumeric[String(f.id)]).length + 1);
    expect(
      mapFeatures("world-atlas/countries-110m.json")
        .filter((f) => !alpha2ByNumeric[String(f.id)])
        .map((f) => f.properties.name)
        .sort(),
    ).toEqual(["Antarctica", "Falkland Is.", "Fr. S. Antarctic Lands", "W. Sahara"]);
  });

  it("draws Western Sahara on its own from 27°40′ N, as the UN's maps do, not the south of it with Morocco", () => {
    const ys = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
    const projection = geoEqualEarth().fitSize([960, MAP_HEIGHT], { type: "FeatureCollection", features: mapFeatures("world-atlas/countries-110m.json") });
    const cut = projection([0, WESTERN_SAHARA_NORTH])![1];
    const morocco = mapShapes().find((s) => s.code === "MA")!;
    expect(Math.max(...ys(morocco.d!))).toBeLessThanOrEqual(cut + 0.1);
    // Dakhla (23.7° N) was in Natural Earth's Morocco; it is below the cut now.
    expect(projection([-15.9, 23.7])![1]).toBeGreaterThan(cut);
    // The Territory is one plain land: its two pieces have no outline between them, and no link.
    const seamless = mapShapes().filter((s) => s.seamless);
    expect(seamless.map((s) => s.code)).toEqual([null, null]);
    expect(Math.min(...seamless.flatMap((s) => ys(s.d!)))).toBeGreaterThanOrEqual(cut - 0.1);
    expect(render().match(/<path class="map-land" fill="#e6e8ea" stroke="none"/g)).toHaveLength(2);
  });
});

describe("the map's colours", () => {
  // WCAG 2.1's relative luminance and contrast ratio.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const ratio = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it("tell an endorsing Member State from one not recorded, the sea and the page at 3:1 or more", () => {
    const shown = worldMapSvg({ label: "Map", classOf: () => "ms-not-recorded", titleOf: (c) => c, hrefOf: (c) => c });
    expect(shown).toContain(`fill="${FILL["ms-not-recorded"]}"`);
    for (const other of [FILL["ms-not-recorded"], "#eaf2f8", "#ffffff"]) expect(ratio(FILL["ms-endorsed"], other)).toBeGreaterThanOrEqual(3);
  });
});
