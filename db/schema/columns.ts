import { sql } from "drizzle-orm";
import { integer, text } from "drizzle-orm/sqlite-core";
import type { languageTable } from "../../locales/languages.js";

/** Instants are stored as milliseconds since the epoch, UTC. */
export const instant = (name: string) => integer(name, { mode: "number" });
export const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

/** One value per language, e.g. { en: "…", ru: "…" }; missing languages fall back at render. */
export type Translated = Partial<Record<(typeof languageTable)[number]["code"], string>>;
export const translated = (name: string) => text(name, { mode: "json" }).$type<Translated>();
export const list = (name: string) => text(name, { mode: "json" }).$type<string[]>();
export const publication = (name: string) =>
  text(name, { enum: ["draft", "published"] })
    .notNull()
    .default("draft");
