import { createRequire } from "node:module";
import { geoContains, geoEqualEarth, geoPath, geoCentroid } from "d3-geo";
import { feature, merge } from "topojson-client";
import type { Topology, GeometryCollection, MultiPolygon, Polygon } from "topojson-specification";
import type { Feature, Geometry } from "geojson";
import { alpha2ByNumeric } from "./iso-numeric";

/**
 * The world map of Member States, drawn on the server from Natural Earth (public domain, through the
 * world-atlas package). The 1:110m set keeps the SVG small; states it leaves out or draws smaller than
 * a few pixels (Andorra, Tuvalu, Bahrain…) get a circle at their centre taken from the 1:50m set, so
 * that every Member State can be seen and coloured. Projection runs once per process.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
const MIN_AREA_PX = 6;
/** Member States that neither Natural Earth set draws (longitude, latitude of the capital). */
const pointsOnly: Record<string, [number, number]> = { TV: [179.2, -8.52] };

/**
 * Natural Earth draws borders as they stand on the ground; a United Nations map may not take a side on them. These
 * areas are drawn as part of the Member State the UN's own maps show them in (by Natural Earth name → ISO numeric):
 * Taiwan as a province of China, Somaliland in Somalia, Kosovo in Serbia (Security Council resolution 1244 (1999)),
 * the north of Cyprus in Cyprus. Their border with that State goes; no shape, title or link of their own.
 */
export const drawnAsPartOf: Record<string, string> = {
  Taiwan: "156",
  Somaliland: "706",
  Kosovo: "688",
  "N. Cyprus": "196",
};
/**
 * Parts of one State's shape that the UN's maps give to another, found by a point inside: Crimea, drawn by Natural
 * Earth as a separate polygon of Russia, belongs to Ukraine (General Assembly resolution 68/262 (2014)).
 */
export const piecesDrawnAsPartOf: { from: string; to: string; at: [number, number] }[] = [{ from: "643", to: "804", at: [34.1, 45.0] }];

/**
 * Western Sahara, a Non-Self-Governing Territory, is drawn by the UN's maps on its own, from the parallel
 * 27°40′ N southward; Natural Earth draws Morocco down to the berm. Morocco's shape is cut at that
 * parallel (a straight line on the Equal Earth projection), and what lies south of it is drawn with the
 * Territory as one plain land, with no outline between the two.
 */
export const WESTERN_SAHARA_NORTH = 27 + 40 / 60;
const MOROCCO = "504";

/**
 * code is null for land with no Member State's ISO code (Western Sahara, Antarctica…): land, never a
 * link. `seamless` land is drawn without an outline of its own (one territory drawn in two pieces).
 */
export type MapShape = {
  code: string | null;
  d: string | null;
  marker: { cx: number; cy: number } | null;
  seamless?: true;
};

const load = createRequire(import.meta.url);
let cached: MapShape[] | null = null;

type Shape = (Polygon<{ name: string }> | MultiPolygon<{ name: string }>) & { id?: string | number };

/** Natural Earth's countries, with the areas above drawn as part of their State (merged on the shared topology). */
export function mapFeatures(file: string): Feature<Geometry, { name: string }>[] {
  const topo = load(file) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const geometries = topo.objects.countries.geometries as Shape[];
  const groups = new Map<string, Shape[]>();
  const add = (id: string, g: Shape) => groups.set(id, [...(groups.get(id) ?? []), g]);
  for (const g of geometries) {
    const id = drawnAsPartOf[g.properties!.name] ?? (g.id === undefined ? `name:${g.properties!.name}` : String(g.id));
    add(id, drawnAsPartOf[g.properties!.name] ? { ...g, id, properties: { name: "" } } : { ...g, id });
  }
  for (const { from, to, at } of piecesDrawnAsPartOf) {
    const [g] = groups.get(from) ?? [];
    if (!g || g.type !== "MultiPolygon") continue;
    const i = g.arcs.findIndex((arcs) => geoContains(feature(topo, { type: "Polygon", arcs, properties: {} }), at));
    if (i < 0) continue;
    groups.set(from, [{ ...g, arcs: g.arcs.filter((_, j) => j !== i) }, ...(groups.get(from) ?? []).slice(1)]);
    add(to, { type: "Polygon", arcs: g.arcs[i]!, id: to, properties: { name: "" } });
  }
  return [...groups.entries()].map(([id, gs]) => {
    const f = feature(topo, gs.find((g) => g.properties?.name) ?? gs[0]!) as Feature<Geometry, { name: string }>;
    return {
      ...f,
      id: id.startsWith("name:") ? undefined : id,
      geometry: gs.length > 1 ? merge(topo, gs) : f.geometry,
    };
  });
}

export function mapShapes(): MapShape[] {
  if (cached) return cached;
  const coarse = mapFeatures("world-atlas/countries-110m.json");
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: "FeatureCollection",
    features: coarse,
  });
  const path = geoPath(projection).digits(1);
  // North and south of Western Sahara's northern limit: Equal Earth draws a parallel as a horizontal line.
  const cutY = projection([0, WESTERN_SAHARA_NORTH])![1];
  const within = (y0: number, y1: number) =>
    geoPath(
      geoEqualEarth()
        .scale(projection.scale())
        .translate(projection.translate())
        .clipExtent([
          [-1, y0],
          [MAP_WIDTH + 1, y1],
        ]),
    ).digits(1);
  const shapes = new Map<string, MapShape>();
  const land: MapShape[] = [];
  for (const f of coarse) {
    const code = alpha2ByNumeric[String(f.id)];
    if (String(f.id) === MOROCCO) land.push({ code: null, d: within(cutY, MAP_HEIGHT + 1)(f), marker: null, seamless: true });
    const d = String(f.id) === MOROCCO ? within(-1, cutY)(f) : path(f);
    if (!code) {
      land.push({ code: null, d, marker: null, ...(f.properties.name === "W. Sahara" ? { seamless: true as const } : {}) });
      continue;
    }
    const area = path.area(f);
    const [cx, cy] = path.centroid(f);
    const marker = area < MIN_AREA_PX ? { cx: round(cx), cy: round(cy) } : null;
    shapes.set(code, { code, d, marker });
  }
  // States absent from 1:110m: their centre from 1:50m, a marker only.
  for (const f of mapFeatures("world-atlas/countries-50m.json")) {
    const code = alpha2ByNumeric[String(f.id)];
    if (!code || shapes.has(code)) continue;
    const p = projection(geoCentroid(f));
    if (p)
      shapes.set(code, {
        code,
        d: null,
        marker: { cx: round(p[0]), cy: round(p[1]) },
      });
  }
  for (const [code, lonLat] of Object.entries(pointsOnly)) {
    const p = projection(lonLat);
    if (p && !shapes.has(code))
      shapes.set(code, {
        code,
        d: null,
        marker: { cx: round(p[0]), cy: round(p[1]) },
      });
  }
  cached = [...land, ...[...shapes.values()].sort((a, b) => a.code!.localeCompare(b.code!))];
  return cached;
}

function round(n: number) {
  return Math.round(n * 10) / 10;
}

/**
 * The map as SVG markup: one link per Member State to its page, a class per status, a title for each;
 * classOf returns null for areas that are not Member States (drawn as plain land).
 */
export function worldMapSvg(opts: {
  label: string;
  classOf: (code: string) => string | null;
  titleOf: (code: string) => string;
  hrefOf: (code: string) => string;
  /** The UN map disclaimer, printed under the map when the SVG is shown on its own (the page prints it in HTML). */
  note?: { text: string; lang: string; dir: "ltr" | "rtl" };
}): string {
  const parts: string[] = [];
  for (const s of mapShapes()) {
    const cls = s.code === null ? null : opts.classOf(s.code);
    if (s.code === null || cls === null) {
      if (s.d) parts.push(`<path class="map-land" fill="#e6e8ea"${s.seamless ? ` stroke="none"` : ""} d="${s.d}"/>`);
      continue;
    }
    const title = `<title>${escapeXml(opts.titleOf(s.code))}</title>`;
    const shape =
      (s.d ? `<path d="${s.d}"/>` : "") + (s.marker ? `<circle cx="${s.marker.cx}" cy="${s.marker.cy}" r="3.5" stroke="#1b1b1b" stroke-width=".6"/>` : "");
    parts.push(
      `<a href="${escapeXml(opts.hrefOf(s.code))}" target="_top" tabindex="-1" class="${cls}" fill="${
        FILL[cls as keyof typeof FILL] ?? FILL["ms-not-recorded"]
      }" data-country="${s.code}">${title}${shape}</a>`,
    );
  }
  const lines = opts.note ? noteLines(opts.note.text) : [];
  const height = MAP_HEIGHT + (lines.length ? 8 + 15 * lines.length : 0);
  const x = opts.note?.dir === "rtl" ? MAP_WIDTH - 8 : 8;
  const note = opts.note
    ? `<g fill="#1b1b1b" font-family="sans-serif" font-size="12" lang="${escapeXml(opts.note.lang)}" direction="${opts.note.dir}" text-anchor="start">` +
      lines.map((l, i) => `<text x="${x}" y="${MAP_HEIGHT + 17 + 15 * i}">${escapeXml(l)}</text>`).join("") +
      `</g>`
    : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${height}" role="img" aria-label="${escapeXml(opts.label)}" class="world-map">` +
    `<rect width="100%" height="100%" fill="#fff"/><rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#eaf2f8"/><g stroke="#fff" stroke-width=".4">` +
    parts.join("") +
    `</g>` +
    note +
    `</svg>`
  );
}

// The map is its own image, so it carries its colours as attributes (no style sheet, no inline style for the CSP to
// refuse). What the map says is which Member States endorsed: green stands 3.1:1 from the pale grey of those
// not recorded, and 5:1 from the sea and the page (WCAG 1.4.11). A darker grey could not stand 3:1 from both.
export const FILL = {
  "ms-endorsed": "#2b7a2b",
  "ms-not-recorded": "#c0c7ce",
} as const satisfies Record<string, string>;

/** SVG text does not wrap: a long note goes on two lines, cut at the space nearest its middle. */
function noteLines(text: string): string[] {
  if (text.length <= 100) return [text];
  const mid = text.length / 2;
  let cut = -1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) if (cut < 0 || Math.abs(i - mid) < Math.abs(cut - mid)) cut = i;
  return cut < 0 ? [text] : [text.slice(0, cut), text.slice(cut + 1)];
}

function escapeXml(s: string) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
