import { asc, desc, eq } from "drizzle-orm";
import { circulars, declarations, pillars, workingGroups, type Translated } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { languages, pickTranslation, type Lang } from "~/utils/i18n";
import { collectTranslated } from "~/utils/translated-form.server";
import { recordChange } from "./audit.server";

/**
 * Circular letters, declarations and working groups are edited with one generic form: each kind
 * says how a row becomes form values and back; the form's fields are the editor route's
 * (routes/$lang.admin.content.$kind.$id/form.server.ts).
 */
export type FormValues = Record<string, string | Translated>;
const dateToInstant = (v: string) => (v ? Date.parse(`${v}T00:00:00Z`) : null);
const instantToDate = (v: number | null) => (v === null ? "" : new Date(v).toISOString().slice(0, 10));
const str = (d: Record<string, unknown>, k: string) => String(d[k] ?? "");
const list = (d: Record<string, unknown>, k: string) =>
  str(d, k)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export const contentKinds = {
  circulars: {
    entity: "circular",
    table: circulars,
    titleField: "subject",
    toValues: (r: typeof circulars.$inferSelect): FormValues =>
      ({
        ...r,
        contactName: r.contactName ?? "",
        contactEmail: r.contactEmail ?? "",
        contactPhone: r.contactPhone ?? "",
        contactFax: r.contactFax ?? "",
      }) as unknown as FormValues,
    toRow: (d: Record<string, unknown>) => ({
      slug: str(d, "slug"),
      status: str(d, "status") as "draft" | "published",
      reference: str(d, "reference"),
      office: str(d, "office") as "GS",
      issuedOn: str(d, "issuedOn"),
      originalLang: str(d, "originalLang"),
      subject: collectTranslated(d, "subject"),
      place: collectTranslated(d, "place"),
      addressees: collectTranslated(d, "addressees"),
      body: collectTranslated(d, "body"),
      contactName: str(d, "contactName") || null,
      contactEmail: str(d, "contactEmail") || null,
      contactPhone: str(d, "contactPhone") || null,
      contactFax: str(d, "contactFax") || null,
    }),
  },
  declarations: {
    entity: "declaration",
    table: declarations,
    titleField: "title",
    toValues: (r: typeof declarations.$inferSelect): FormValues =>
      ({
        ...r,
        endorsementOpensAt: instantToDate(r.endorsementOpensAt),
        endorsementClosesAt: instantToDate(r.endorsementClosesAt),
        circularId: r.circularId ? String(r.circularId) : "",
      }) as unknown as FormValues,
    toRow: (d: Record<string, unknown>) => ({
      slug: str(d, "slug"),
      status: str(d, "status") as "draft" | "published",
      cop: str(d, "cop"),
      copPlace: collectTranslated(d, "copPlace"),
      title: collectTranslated(d, "title"),
      summary: collectTranslated(d, "summary"),
      body: collectTranslated(d, "body"),
      endorsementOpensAt: dateToInstant(str(d, "endorsementOpensAt")),
      endorsementClosesAt: dateToInstant(str(d, "endorsementClosesAt")),
      circularId: str(d, "circularId") ? Number(d.circularId) : null,
    }),
  },
  "working-groups": {
    entity: "working-group",
    table: workingGroups,
    titleField: "name",
    toValues: (r: typeof workingGroups.$inferSelect): FormValues =>
      ({
        ...r,
        published: String(r.published),
        pillarId: String(r.pillarId),
        groupStatus: r.status,
        leadOrganisations: r.leadOrganisations.join(", "),
        members: r.members.join(", "),
      }) as unknown as FormValues,
    toRow: (d: Record<string, unknown>) => ({
      slug: str(d, "slug"),
      published: str(d, "published") === "true",
      pillarId: Number(d.pillarId),
      status: str(d, "groupStatus") as "active",
      name: collectTranslated(d, "name"),
      mandate: collectTranslated(d, "mandate"),
      leadOrganisations: list(d, "leadOrganisations"),
      members: list(d, "members"),
    }),
  },
} as const;

export type ContentKind = keyof typeof contentKinds;
/** Own keys only: "toString" or "__proto__" in the address is not a kind (`in` also reads the prototype's). */
export const isContentKind = (v: unknown): v is ContentKind => typeof v === "string" && Object.hasOwn(contentKinds, v);

/** The translatable fields of a row (objects keyed by language); optional ones left wholly empty do not count. */
function translatedValues(row: Record<string, unknown>): Translated[] {
  return Object.values(row).filter(
    (v): v is Translated =>
      !!v &&
      typeof v === "object" &&
      !Array.isArray(v) &&
      Object.keys(v).every((k) => (languages as readonly string[]).includes(k)) &&
      Object.values(v).some((x) => typeof x === "string" && x.trim() !== ""),
  );
}

export function listContent(kind: ContentKind, lang: Lang) {
  const k = contentKinds[kind];
  const rows = db().select().from(k.table).all() as Record<string, unknown>[];
  return rows.map((r) => {
    const title = r[k.titleField] as Translated;
    // Circulars and declarations have a draft/published status column; working groups a published flag.
    const status = "published" in r && typeof r.published === "boolean" ? (r.published ? "published" : "draft") : (String(r.status) as "draft" | "published");
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

export type SaveOutcome = { outcome: "saved"; id: number } | { outcome: "slug-taken" } | { outcome: "not-found" };

/** Creates or updates one item and records who did it, in one transaction. */
export function saveContent(kind: ContentKind, id: number | null, data: Record<string, unknown>, staffUserId: number): SaveOutcome {
  const k = contentKinds[kind];
  const row = k.toRow(data);
  return write((tx): SaveOutcome => {
    const table = k.table as typeof circulars;
    const clash = tx.select({ id: table.id }).from(table).where(eq(table.slug, row.slug)).get();
    if (clash && clash.id !== id) return { outcome: "slug-taken" };
    const now = Date.now();
    let savedId: number;
    if (id === null) {
      savedId = tx
        .insert(table)
        .values(Object.assign({}, row, { createdAt: now, updatedAt: now }) as never)
        .returning({ id: table.id })
        .get().id;
    } else {
      if (
        tx
          .update(table)
          .set(Object.assign({}, row, { updatedAt: now }) as never)
          .where(eq(table.id, id))
          .run().changes === 0
      ) {
        return { outcome: "not-found" };
      }
      savedId = id;
    }
    recordChange(tx, { staffUserId, action: id === null ? "created" : "updated", entity: k.entity, entityId: savedId });
    return { outcome: "saved", id: savedId };
  });
}

/** What the editor's lists offer: circular letters (newest first) and pillars (in order). */
export function contentChoices() {
  return {
    circulars: db().select({ id: circulars.id, reference: circulars.reference }).from(circulars).orderBy(desc(circulars.issuedOn)).all(),
    pillars: db().select({ id: pillars.id, number: pillars.number, title: pillars.title }).from(pillars).orderBy(asc(pillars.number)).all(),
  };
}
