import { asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { circulars, declarations, pillars, workingGroups, type Translated } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { cleanText } from "~/utils/forms.server";
import { languages, pickTranslation, type Lang } from "~/utils/i18n";
import { collectTranslated, requireSomeLanguage, translatedFields } from "~/utils/translated-form.server";
import { recordChange } from "./audit.server";

/**
 * Circular letters, declarations and working groups are edited with one generic form: each kind
 * says which fields it has, and how a row becomes form values and back.
 */
export type FieldSpec =
  | { name: string; kind: "translated"; label: string; long?: boolean; required?: boolean; max: number }
  | { name: string; kind: "text"; label: string; required?: boolean; max: number; type?: "text" | "email" | "date" | "tel"; ltr?: boolean; hint?: string }
  | { name: string; kind: "select"; label: string; options: { value: string; label: string; raw?: boolean }[] }
  | { name: string; kind: "list"; label: string; max: number };

export type FormValues = Record<string, string | Translated>;
const slugField: FieldSpec = { name: "slug", kind: "text", label: "admin:editor.slug", required: true, max: 80, ltr: true, hint: "admin:editor.slugHint" };
const statusField: FieldSpec = {
  name: "status",
  kind: "select",
  label: "admin:editor.status",
  options: ["draft", "published"].map((v) => ({ value: v, label: `admin:status.${v}` })),
};
const langOptions = languages.map((l) => ({ value: l, label: l, raw: true }));
const dateToInstant = (v: string) => (v ? Date.parse(`${v}T00:00:00Z`) : null);
const instantToDate = (v: number | null) => (v === null ? "" : new Date(v).toISOString().slice(0, 10));
const str = (d: Record<string, unknown>, k: string) => String(d[k] ?? "");
const list = (d: Record<string, unknown>, k: string) => str(d, k).split(",").map((s) => s.trim()).filter(Boolean);

function choices(lang: Lang) {
  return {
    circulars: db().select({ id: circulars.id, reference: circulars.reference }).from(circulars).orderBy(desc(circulars.issuedOn)).all(),
    pillars: db().select({ id: pillars.id, number: pillars.number, title: pillars.title }).from(pillars).orderBy(asc(pillars.number)).all()
      .map((p) => ({ value: String(p.id), label: `${p.number}. ${pickTranslation(p.title, lang).text}`, raw: true })),
  };
}

export const contentKinds = {
  circulars: {
    entity: "circular",
    table: circulars,
    titleField: "subject",
    fields: (): FieldSpec[] => [
      slugField,
      statusField,
      { name: "reference", kind: "text", label: "admin:content.reference", required: true, max: 60 },
      { name: "office", kind: "select", label: "circulars.office", options: ["GS", "TSB", "BDT", "BR"].map((o) => ({ value: o, label: `office.${o}` })) },
      { name: "issuedOn", kind: "text", type: "date", label: "circulars.date", required: true, max: 10 },
      { name: "originalLang", kind: "select", label: "admin:content.originalLang", options: langOptions },
      { name: "subject", kind: "translated", label: "admin:content.subject", required: true, max: 500 },
      { name: "place", kind: "translated", label: "admin:content.place", required: true, max: 100 },
      { name: "addressees", kind: "translated", label: "circulars.addressees", required: true, long: true, max: 2000 },
      { name: "body", kind: "translated", label: "admin:content.body", required: true, long: true, max: 100_000 },
      { name: "contactName", kind: "text", label: "admin:content.contactName", max: 200 },
      { name: "contactEmail", kind: "text", type: "email", label: "admin:content.contactEmail", max: 254, ltr: true },
      { name: "contactPhone", kind: "text", type: "tel", label: "admin:content.contactPhone", max: 40, ltr: true },
    ],
    toValues: (r: typeof circulars.$inferSelect): FormValues => ({
      ...r, contactName: r.contactName ?? "", contactEmail: r.contactEmail ?? "", contactPhone: r.contactPhone ?? "",
    } as unknown as FormValues),
    toRow: (d: Record<string, unknown>) => ({
      slug: str(d, "slug"), status: str(d, "status") as "draft" | "published", reference: str(d, "reference"),
      office: str(d, "office") as "GS", issuedOn: str(d, "issuedOn"), originalLang: str(d, "originalLang"),
      subject: collectTranslated(d, "subject"), place: collectTranslated(d, "place"), addressees: collectTranslated(d, "addressees"),
      body: collectTranslated(d, "body"), contactName: str(d, "contactName") || null, contactEmail: str(d, "contactEmail") || null,
      contactPhone: str(d, "contactPhone") || null,
    }),
  },
  declarations: {
    entity: "declaration",
    table: declarations,
    titleField: "title",
    fields: (lang: Lang): FieldSpec[] => [
      slugField,
      statusField,
      { name: "cop", kind: "text", label: "declarations.cop", required: true, max: 20 },
      { name: "copPlace", kind: "translated", label: "admin:content.place", required: true, max: 200 },
      { name: "title", kind: "translated", label: "admin:editor.title", required: true, max: 300 },
      { name: "summary", kind: "translated", label: "admin:editor.summary", required: true, long: true, max: 2000 },
      { name: "body", kind: "translated", label: "admin:content.body", required: true, long: true, max: 100_000 },
      { name: "endorsementOpensAt", kind: "text", type: "date", label: "admin:content.endorsementOpensAt", max: 10 },
      { name: "endorsementClosesAt", kind: "text", type: "date", label: "admin:content.endorsementClosesAt", max: 10 },
      { name: "circularId", kind: "select", label: "declarations.announcedBy", options: [{ value: "", label: "admin:editor.none" }, ...choices(lang).circulars.map((c) => ({ value: String(c.id), label: c.reference, raw: true }))] },
    ],
    toValues: (r: typeof declarations.$inferSelect): FormValues => ({
      ...r, endorsementOpensAt: instantToDate(r.endorsementOpensAt), endorsementClosesAt: instantToDate(r.endorsementClosesAt),
      circularId: r.circularId ? String(r.circularId) : "",
    } as unknown as FormValues),
    toRow: (d: Record<string, unknown>) => ({
      slug: str(d, "slug"), status: str(d, "status") as "draft" | "published", cop: str(d, "cop"),
      copPlace: collectTranslated(d, "copPlace"), title: collectTranslated(d, "title"), summary: collectTranslated(d, "summary"),
      body: collectTranslated(d, "body"), endorsementOpensAt: dateToInstant(str(d, "endorsementOpensAt")),
      endorsementClosesAt: dateToInstant(str(d, "endorsementClosesAt")), circularId: str(d, "circularId") ? Number(d.circularId) : null,
    }),
  },
  "working-groups": {
    entity: "working-group",
    table: workingGroups,
    titleField: "name",
    fields: (lang: Lang): FieldSpec[] => [
      slugField,
      { name: "published", kind: "select", label: "admin:editor.status", options: [{ value: "false", label: "admin:status.draft" }, { value: "true", label: "admin:status.published" }] },
      { name: "pillarId", kind: "select", label: "workingGroups.pillar", options: choices(lang).pillars },
      { name: "groupStatus", kind: "select", label: "workingGroups.status", options: ["forming", "active", "concluded"].map((s) => ({ value: s, label: `groupStatus.${s}` })) },
      { name: "name", kind: "translated", label: "admin:content.name", required: true, max: 300 },
      { name: "mandate", kind: "translated", label: "workingGroups.mandate", required: true, long: true, max: 20_000 },
      { name: "leadOrganisations", kind: "list", label: "workingGroups.leads", max: 2000 },
      { name: "members", kind: "list", label: "workingGroups.members", max: 20_000 },
    ],
    toValues: (r: typeof workingGroups.$inferSelect): FormValues => ({
      ...r, published: String(r.published), pillarId: String(r.pillarId), groupStatus: r.status,
      leadOrganisations: r.leadOrganisations.join(", "), members: r.members.join(", "),
    } as unknown as FormValues),
    toRow: (d: Record<string, unknown>) => ({
      slug: str(d, "slug"), published: str(d, "published") === "true", pillarId: Number(d.pillarId),
      status: str(d, "groupStatus") as "active", name: collectTranslated(d, "name"), mandate: collectTranslated(d, "mandate"),
      leadOrganisations: list(d, "leadOrganisations"), members: list(d, "members"),
    }),
  },
} as const;

export type ContentKind = keyof typeof contentKinds;
export const isContentKind = (v: unknown): v is ContentKind => typeof v === "string" && v in contentKinds;

/** The zod schema of a kind's form, built from its fields. */
export function contentSchema(specs: FieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of specs) {
    if (f.kind === "translated") Object.assign(shape, translatedFields(f.name, f.max));
    else if (f.kind === "select") shape[f.name] = z.enum(f.options.map((o) => o.value) as [string, ...string[]]);
    else if (f.kind === "list") shape[f.name] = cleanText(f.max);
    else if (f.name === "slug") shape.slug = z.string().trim().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "admin:editor.slugFormat");
    else {
      let s: z.ZodType = f.required ? cleanText(f.max).pipe(z.string().min(1)) : cleanText(f.max);
      if (f.type === "date") s = s.pipe(z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "errors.format"));
      if (f.type === "email") s = s.pipe(z.union([z.literal(""), z.string().email()]));
      shape[f.name] = s;
    }
  }
  const required = specs.filter((f) => f.kind === "translated" && f.required).map((f) => f.name);
  return z.object(shape).superRefine(requireSomeLanguage(required));
}

/** The translatable fields of a row (objects keyed by language); optional ones left wholly empty do not count. */
function translatedValues(row: Record<string, unknown>): Translated[] {
  return Object.values(row).filter((v): v is Translated => !!v && typeof v === "object" && !Array.isArray(v)
    && Object.keys(v).every((k) => (languages as readonly string[]).includes(k)) && Object.values(v).some((x) => typeof x === "string" && x.trim() !== ""));
}

export function listContent(kind: ContentKind, lang: Lang) {
  const k = contentKinds[kind];
  const rows = db().select().from(k.table).all() as Record<string, unknown>[];
  return rows.map((r) => {
    const title = r[k.titleField] as Translated;
    const status = "published" in r && typeof r.published === "boolean" ? (r.published ? "published" : "draft") : String(r.status);
    return {
      id: Number(r.id),
      title: pickTranslation(title, lang).text,
      status,
      // Complete only when every translatable field has the language, not just the title.
      missing: languages.filter((l) => translatedValues(r).some((t) => !t[l]?.trim())),
    };
  });
}

export function getContent(kind: ContentKind, id: number): FormValues | null {
  const k = contentKinds[kind];
  const row = db().select().from(k.table).where(eq(k.table.id, id)).get();
  return row ? k.toValues(row as never) : null;
}

export class ContentSlugTaken extends Error {}

/** Creates or updates one item and records who did it, in one transaction. */
export function saveContent(kind: ContentKind, id: number | null, data: Record<string, unknown>, staffUserId: number): number {
  const k = contentKinds[kind];
  const row = k.toRow(data);
  return write((tx) => {
    const table = k.table as typeof circulars;
    const clash = tx.select({ id: table.id }).from(table).where(eq(table.slug, row.slug)).get();
    if (clash && clash.id !== id) throw new ContentSlugTaken(row.slug);
    const now = Date.now();
    let savedId: number;
    if (id === null) {
      savedId = tx.insert(table).values(Object.assign({}, row, { createdAt: now, updatedAt: now }) as never).returning({ id: table.id }).get().id;
    } else {
      if (tx.update(table).set(Object.assign({}, row, { updatedAt: now }) as never).where(eq(table.id, id)).run().changes === 0) {
        throw new Response("Not Found", { status: 404 });
      }
      savedId = id;
    }
    recordChange(tx, { staffUserId, action: id === null ? "created" : "updated", entity: k.entity, entityId: savedId });
    return savedId;
  });
}
