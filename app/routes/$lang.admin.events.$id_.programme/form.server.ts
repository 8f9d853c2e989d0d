import { z } from "zod";
import { isWallTime } from "~/utils/time";
import { MATERIAL_MAX_BYTES, type MaterialFile } from "~/models/event-materials.server";
import { INTERPRETATION_LANGUAGES, isMaterialUrl } from "~/models/programme-rules";
import { cleanText, nameText } from "~/utils/forms.server";
import { inspectMaterial } from "~/utils/slides";
import { readPdf } from "~/utils/pdf-reader.server";
import { requireSomeLanguage, translatedFields } from "~/utils/translated-form.server";

const wallTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "errors.format")
  .refine(isWallTime, "errors.format");
const id = z.coerce.number().int().positive();
const optionalId = z.union([z.literal(""), id]).optional();
const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** The programme page's forms, told apart by `intent`. */
export const ProgrammeSchema = () =>
  z.discriminatedUnion("intent", [
    z
      .object({
        intent: z.literal("session"),
        sessionId: optionalId,
        start: wallTime,
        end: wallTime,
        ...translatedFields("title", 300),
        ...translatedFields("room", 200),
        interpretation: many(z.enum(INTERPRETATION_LANGUAGES)),
        speaker: many(id),
      })
      .superRefine(requireSomeLanguage(["title"])),
    z.object({ intent: z.literal("delete-session"), sessionId: id }),
    z.object({
      intent: z.literal("speaker"),
      speakerId: optionalId,
      name: nameText(200),
      title: cleanText(300),
      organisation: cleanText(300),
    }),
    z.object({ intent: z.literal("delete-speaker"), speakerId: id }),
    z
      .object({
        intent: z.literal("material"),
        target: optionalId,
        ...translatedFields("materialTitle", 300),
        url: z
          .string()
          .trim()
          .max(1000)
          .refine((v) => v === "" || isMaterialUrl(v), "errors.url")
          .optional(),
      })
      .superRefine(requireSomeLanguage(["materialTitle"])),
    z.object({ intent: z.literal("delete-material"), materialId: id }),
  ]);

export type MaterialUpload = { ok: true; file: MaterialFile | null } | { ok: false; error: string };

/** The uploaded file, if any: a PDF or slides by their bytes, at most MATERIAL_MAX_BYTES. */
export async function readMaterialFile(form: FormData): Promise<MaterialUpload> {
  const file = form.get("file");
  if (!file || typeof file === "string" || file.size === 0) return { ok: true, file: null };
  if (file.size > MATERIAL_MAX_BYTES) return { ok: false, error: "admin:programme.fileTooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const verdict = inspectMaterial(bytes);
  if (!verdict.ok) return { ok: false, error: verdict.reason === "active-content" ? "admin:programme.fileActive" : "admin:programme.fileType" };
  // A PDF is then read as a reader reads it (pdf-reader.server.ts).
  const read = verdict.type === "pdf" ? await readPdf(bytes) : "ok";
  if (read !== "ok") return { ok: false, error: read === "active-content" ? "admin:programme.fileActive" : "admin:programme.fileType" };
  // The name it is offered under: the staff member's, letters and digits kept, with the extension its content has.
  const base =
    file.name
      .replace(/\.[^.]*$/, "")
      .replace(/[^\p{L}\p{N}._ -]/gu, "_")
      .slice(0, 150) || "material";
  return { ok: true, file: { bytes, name: `${base}.${verdict.extension}`, contentType: verdict.contentType, extension: verdict.extension } };
}
