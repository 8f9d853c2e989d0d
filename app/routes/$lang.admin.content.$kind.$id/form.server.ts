import { z } from "zod";
import { contentChoices, type ContentKind } from "~/models/content-editing.server";
import { circularDesignation } from "~/utils/circular-designation";
import { cleanText } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { endonym, languages, pickTranslation, type Lang } from "~/utils/i18n";
import { requireSomeLanguage, translatedFields } from "~/utils/translated-form.server";
import type { FieldSpec, SelectOption } from "~/components/ContentFields";
import type { TextKey } from "~/utils/translation-keys";

/** An option whose label is a translation key (checked against locales/en). */
const keyed = (value: string, label: TextKey): SelectOption => ({ value, label });
const slugField: FieldSpec = { name: "slug", kind: "text", label: "admin:editor.slug", required: true, max: 80, ltr: true, hint: "admin:editor.slugHint" };
// "Published" agrees with the kind in French, Spanish and Russian («Publiée» for a declaration, «Publié» for a group).
const statusField = (kind: "circulars" | "declarations"): FieldSpec => ({
  name: "status",
  kind: "select",
  label: "admin:editor.status",
  options: [keyed("draft", "admin:status.draft"), keyed("published", `admin:status.published.${kind}`)],
});
// Each language by its own name, as the translated inputs are labelled (the code alone meant nothing to staff).
const langOptions = languages.map((l): SelectOption => ({ value: l, label: endonym(l), raw: true }));

function choices(lang: Lang) {
  const { circulars, pillars } = contentChoices();
  return {
    circulars,
    pillars: pillars.map((p): SelectOption => ({ value: String(p.id), label: `${p.number}. ${pickTranslation(p.title, lang).text}`, raw: true })),
  };
}

// Circular letters, declarations and working groups are edited with one generic form: these are
// its fields per kind; the model (content-editing.server) turns a row into values and back.

/** The fields of each kind's form, in the order the editor shows them; labels are translation keys. */
export const contentFields: Record<ContentKind, (lang: Lang) => FieldSpec[]> = {
  circulars: (): FieldSpec[] => [
    slugField,
    statusField("circulars"),
    { name: "reference", kind: "text", label: "admin:content.reference", required: true, max: 60 },
    { name: "office", kind: "select", label: "circulars.office", options: (["GS", "TSB", "BDT", "BR"] as const).map((o) => keyed(o, `office.${o}`)) },
    // Its own label: the public page's «Place and date» heads both, and the form asks for the place below.
    { name: "issuedOn", kind: "text", type: "date", label: "admin:content.issuedOn", required: true, max: 10 },
    // A new letter is drafted in English, as ITU circulars are, unless staff say otherwise (the list begins with Arabic).
    { name: "originalLang", kind: "select", label: "admin:content.originalLang", options: langOptions, initial: "en" },
    { name: "subject", kind: "translated", label: "admin:content.subject", required: true, max: 500 },
    { name: "place", kind: "translated", label: "admin:content.place", required: true, max: 100 },
    { name: "addressees", kind: "translated", label: "circulars.addressees", required: true, long: true, max: 2000 },
    { name: "body", kind: "translated", label: "admin:content.body", required: true, long: true, max: 100_000 },
    { name: "contactName", kind: "text", label: "admin:content.contactName", max: 200 },
    { name: "contactEmail", kind: "text", type: "email", label: "admin:content.contactEmail", max: 254, ltr: true },
    { name: "contactPhone", kind: "text", type: "tel", label: "admin:content.contactPhone", max: 40, ltr: true },
    { name: "contactFax", kind: "text", type: "tel", label: "admin:content.contactFax", max: 40, ltr: true },
  ],
  declarations: (lang: Lang): FieldSpec[] => [
    slugField,
    statusField("declarations"),
    { name: "cop", kind: "text", label: "declarations.cop", required: true, max: 20 },
    { name: "copPlace", kind: "translated", label: "admin:content.place", required: true, max: 200 },
    { name: "title", kind: "translated", label: "admin:editor.title", required: true, max: 300 },
    { name: "summary", kind: "translated", label: "admin:editor.summary", required: true, long: true, max: 2000 },
    { name: "body", kind: "translated", label: "admin:content.body", required: true, long: true, max: 100_000 },
    { name: "endorsementOpensAt", kind: "text", type: "date", label: "admin:content.endorsementOpensAt", max: 10 },
    { name: "endorsementClosesAt", kind: "text", type: "date", label: "admin:content.endorsementClosesAt", max: 10 },
    {
      name: "circularId",
      kind: "select",
      label: "declarations.announcedBy",
      options: [
        { value: "", label: "admin:editor.none" },
        // A TSB circular by its designation in the secretariat's language, as the public pages write it.
        ...choices(lang).circulars.map((c): SelectOption => ({ value: String(c.id), label: circularDesignation(c.reference, getT(lang)), raw: true })),
      ],
    },
  ],
  "working-groups": (lang: Lang): FieldSpec[] => [
    slugField,
    {
      name: "published",
      kind: "select",
      label: "admin:editor.status",
      options: [
        { value: "false", label: "admin:status.draft" },
        { value: "true", label: "admin:status.published.working-groups" },
      ],
    },
    { name: "pillarId", kind: "select", label: "workingGroups.pillar", options: choices(lang).pillars },
    {
      name: "groupStatus",
      kind: "select",
      label: "workingGroups.status",
      options: (["forming", "active", "concluded"] as const).map((s) => keyed(s, `groupStatus.${s}`)),
    },
    { name: "name", kind: "translated", label: "admin:content.name", required: true, max: 300 },
    { name: "mandate", kind: "translated", label: "workingGroups.mandate", required: true, long: true, max: 20_000 },
    { name: "leadOrganisations", kind: "list", label: "workingGroups.leads", max: 2000 },
    { name: "members", kind: "list", label: "workingGroups.members", max: 20_000 },
  ],
};

/** The zod schema of a kind's form, built from its fields. */
export function contentSchema(specs: FieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of specs) {
    if (f.kind === "translated") Object.assign(shape, translatedFields(f.name, f.max));
    else if (f.kind === "select") shape[f.name] = z.enum(f.options.map((o) => o.value) as [string, ...string[]]);
    else if (f.kind === "list") shape[f.name] = cleanText(f.max);
    else if (f.name === "slug")
      shape.slug = z
        .string()
        .trim()
        .min(1)
        .max(80)
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "admin:editor.slugFormat");
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
