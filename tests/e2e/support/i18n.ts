import fs from "node:fs";
import path from "node:path";

type Tree = { [k: string]: string | Tree };

/** The same strings the pages use, so a test reads what a visitor in that language reads. */
export function tr(lang: string, key: string, values: Record<string, string | number> = {}): string {
  const [ns, rest] = key.includes(":") ? key.split(":") : ["common", key];
  const tree = JSON.parse(fs.readFileSync(path.resolve("locales", lang, `${ns}.json`), "utf8")) as Tree;
  const found = rest!.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  if (typeof found !== "string") throw new Error(`No string ${key} in ${lang}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
