/**
 * Writes the two Chinese web fonts the pages fall back to where the reader's device has no Chinese
 * font of its own (app.css): Noto Sans SC (SIL OFL 1.1, the npm package the PDFs use), cut down to
 * the characters the portal itself writes, as WOFF2, by harfbuzz's subsetter (the dev dependency
 * subset-font: fontkit's subsets, made for PDFs, carry no character map a browser could use).
 *   npx tsx scripts/web-font-zh.ts
 * Run it after adding Chinese text to locales/zh or the seed: a unit test (tests/unit/web-font-zh.test.ts)
 * fails while a character the portal writes is missing from the font.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FONT_DIR = path.join(root, "app/styles/fonts");
export const SOURCE = path.join(root, "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");

/** The language menu's «中文», on every page: its own tiny file, so other pages load nothing more. */
export const MENU = "中文";

/** Han characters and Chinese punctuation (the ranges app.css gives the fonts), plus the quotes and ellipsis Chinese text uses. */
const CHINESE = /[\u2018\u2019\u201c\u201d\u2026\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * What Intl writes on a Chinese page: country, language and time-zone names, dates with their
 * weekdays, lists and units. (Node's ICU, which renders the pages; a browser's may differ a little.)
 */
function intlTexts(): string[] {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const regions = new Intl.DisplayNames(["zh-CN"], { type: "region" });
  const languages = new Intl.DisplayNames(["zh-CN"], { type: "language" });
  const out = [...letters].flatMap((a) => [...letters].map((b) => regions.of(a + b) ?? ""));
  out.push(...["ar", "zh", "en", "fr", "ru", "es"].map((l) => languages.of(l) ?? ""));
  const days = Array.from({ length: 7 }, (_, i) => Date.UTC(2026, 0, 5 + i, 9));
  for (const timeZone of Intl.supportedValuesOf("timeZone")) {
    for (const timeZoneName of ["short", "long", "longGeneric"] as const) {
      out.push(new Intl.DateTimeFormat("zh-CN", { timeZone, timeZoneName }).format(days[0]));
    }
  }
  const dates = new Intl.DateTimeFormat("zh-CN", { dateStyle: "full", timeStyle: "long", timeZone: "UTC" });
  out.push(...days.map((d) => dates.format(d)), dates.formatRange(days[0]!, days[2]!));
  out.push(new Intl.ListFormat("zh-CN").format(["a", "b", "c"]), new Intl.ListFormat("zh-CN", { type: "disjunction" }).format(["a", "b", "c"]));
  for (const unit of ["kilobyte", "megabyte", "day", "hour", "minute", "percent"]) {
    out.push(new Intl.NumberFormat("zh-CN", { style: "unit", unit, unitDisplay: "long" }).format(2));
  }
  return out;
}

/** Every Chinese character the portal writes: its Chinese interface texts, its code and seed content, and Intl's words. */
export function portalCharacters(): string[] {
  const sources = [
    ...filesUnder(path.join(root, "locales/zh")),
    ...["app", "emails", "db/seed"].flatMap((d) => filesUnder(path.join(root, d))).filter((f) => /\.(ts|tsx|json|md)$/.test(f) && !/\.test\.tsx?$/.test(f)),
  ];
  const chars = new Set<string>();
  for (const text of [...sources.map((file) => fs.readFileSync(file, "utf8")), ...intlTexts()]) for (const c of text) if (CHINESE.test(c)) chars.add(c);
  return [...chars].sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = fs.readFileSync(SOURCE);
  fs.mkdirSync(FONT_DIR, { recursive: true });
  const chars = portalCharacters();
  // The font's names with its copyright, licence and licence address (name IDs 0-6, 13, 14), as the OFL asks.
  const options = { targetFormat: "woff2", preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14] } as const;
  const menu = await subsetFont(source, MENU, options);
  const ui = await subsetFont(source, chars.join(""), options);
  fs.writeFileSync(path.join(FONT_DIR, "noto-sans-sc-menu.woff2"), menu);
  fs.writeFileSync(path.join(FONT_DIR, "noto-sans-sc-ui.woff2"), ui);
  fs.copyFileSync(path.join(path.dirname(SOURCE), "../LICENSE_FONT"), path.join(FONT_DIR, "OFL.txt"));
  console.log(`noto-sans-sc-menu.woff2 ${menu.length} bytes; noto-sans-sc-ui.woff2 ${ui.length} bytes, ${chars.length} characters`);
}
