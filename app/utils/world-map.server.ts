import { createRequire } from "node:module";
import { geoEqualEarth, geoPath, geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
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

/** code is null for areas Natural Earth draws without an ISO code (Kosovo, Somaliland…): land, never a link. */
export type MapShape = {
  code: string | null;
  d: string | null;
  marker: { cx: number; cy: number } | null;
};

const load = createRequire(import.meta.url);
let cached: MapShape[] | null = null;

function features(file: string): Feature<Geometry, { name: string }>[] {
  const topo = load(file) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return feature(topo, topo.objects.countries).features as Feature<Geometry, { name: string }>[];
}

export function mapShapes(): MapShape[] {
  if (cached) return cached;
  const coarse = features("world-atlas/countries-110m.json");
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: "FeatureCollection",
    features: coarse,
  });
  const path = geoPath(projection).digits(1);
  const shapes = new Map<string, MapShape>();
  const land: MapShape[] = [];
  for (const f of coarse) {
    const code = alpha2ByNumeric[String(f.id)];
    const d = path(f);
    if (!code) {
      land.push({ code: null, d, marker: null });
      continue;
    }
    const area = path.area(f);
    const [cx, cy] = path.centroid(f);
    const marker = area < MIN_AREA_PX ? { cx: round(cx), cy: round(cy) } : null;
    shapes.set(code, { code, d, marker });
  }
  // States absent from 1:110m: their centre from 1:50m, a marker only.
  for (const f of features("world-atlas/countries-50m.json")) {
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
}): string {
  const parts: string[] = [];
  for (const s of mapShapes()) {
    const cls = s.code === null ? null : opts.classOf(s.code);
    if (s.code === null || cls === null) {
      if (s.d) parts.push(`<path class="map-land" fill="#e6e8ea" d="${s.d}"/>`);
      continue;
    }
    const title = `<title>${escapeXml(opts.titleOf(s.code))}</title>`;
    const shape =
      (s.d ? `<path d="${s.d}"/>` : "") + (s.marker ? `<circle cx="${s.marker.cx}" cy="${s.marker.cy}" r="3.5" stroke="#1b1b1b" stroke-width=".6"/>` : "");
    parts.push(
      `<a href="${escapeXml(opts.hrefOf(s.code))}" target="_top" tabindex="-1" class="${cls}" fill="${
        FILL[cls] ?? "#9aa5b1"
      }" data-country="${s.code}">${title}${shape}</a>`,
    );
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img" aria-label="${escapeXml(opts.label)}" class="world-map">` +
    `<rect width="100%" height="100%" fill="#eaf2f8"/><g stroke="#fff" stroke-width=".4">` +
    parts.join("") +
    `</g>` +
    `</svg>`
  );
}

// The map is its own image, so it carries its colours as attributes (no style sheet, no inline style for the CSP to
// refuse): endorsed and not endorsed differ by 3:1 and stand out from the sea and from other land.
const FILL: Record<string, string> = {
  "ms-endorsed": "#2b7a2b",
  "ms-not-endorsed": "#9aa5b1",
};

function escapeXml(s: string) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
