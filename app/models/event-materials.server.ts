import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, eq, isNotNull } from "drizzle-orm";
import { eventMaterials, events, eventSessions, type Translated } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { env, resolveFromRoot } from "~/utils/env.server";
import { isStorageFull } from "./endorsement-letters.server";
import { recordChange } from "./audit.server";
import { touchEvent } from "./programme.server";

/**
 * Materials' files: PDFs and slides staff upload (checked by content, utils/slides.ts). As with
 * letters, a file is written under a temporary name and renamed inside the same try as the row's
 * transaction, and a start-up sweep removes any file no row names, so a crash leaves nothing that
 * counts and a removed material or session leaves no file behind.
 */
export const MATERIAL_MAX_BYTES = 15 * 1024 * 1024;
export const materialsDir = () => resolveFromRoot(env().MATERIALS_DIR);

export type MaterialTarget = { eventId: number; sessionId: number | null; title: Translated };
export type MaterialFile = { bytes: Uint8Array; name: string; contentType: string; extension: string };
export type AddMaterialOutcome = "added" | "not-found" | "storage-full";

function targetExists(eventId: number, sessionId: number | null) {
  const event = db().select({ id: events.id }).from(events).where(eq(events.id, eventId)).get();
  if (!event) return false;
  if (sessionId === null) return true;
  return !!db()
    .select({ id: eventSessions.id })
    .from(eventSessions)
    .where(and(eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)))
    .get();
}

/** A link, or a checked file, as a material of the event or of one of its sessions. */
export function addMaterial(target: MaterialTarget, content: { url: string } | { file: MaterialFile }, staffUserId: number): AddMaterialOutcome {
  if (!targetExists(target.eventId, target.sessionId)) return "not-found";
  let staged: { file: string; temp: string; final: string } | null = null;
  try {
    if ("file" in content) {
      const dir = materialsDir();
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = `${crypto.randomUUID()}.${content.file.extension}`;
      staged = { file, temp: path.join(dir, `.tmp-${file}`), final: path.join(dir, file) };
      fs.writeFileSync(staged.temp, content.file.bytes, { mode: 0o600 });
    }
    return write((tx): AddMaterialOutcome => {
      const now = Date.now();
      tx.insert(eventMaterials)
        .values({
          eventId: target.eventId,
          sessionId: target.sessionId,
          title: target.title,
          url: "url" in content ? content.url : null,
          file: staged?.file ?? null,
          fileName: "file" in content ? content.file.name : null,
          contentType: "file" in content ? content.file.contentType : null,
          size: "file" in content ? content.file.bytes.byteLength : null,
          createdAt: now,
        })
        .run();
      touchEvent(tx, target.eventId, now);
      recordChange(tx, { staffUserId, action: "material-added", entity: "event", entityId: target.eventId });
      // The rename is the last step that can fail: if it throws, the transaction rolls back.
      if (staged) fs.renameSync(staged.temp, staged.final);
      return "added";
    });
  } catch (error) {
    if (staged) for (const p of [staged.temp, staged.final]) fs.rmSync(p, { force: true });
    if (isStorageFull(error)) return "storage-full";
    throw error;
  }
}

export function removeMaterial(eventId: number, materialId: number, staffUserId: number): boolean {
  const gone = write((tx) => {
    const row = tx
      .delete(eventMaterials)
      .where(and(eq(eventMaterials.id, materialId), eq(eventMaterials.eventId, eventId)))
      .returning()
      .get();
    if (!row) return null;
    touchEvent(tx, eventId);
    recordChange(tx, { staffUserId, action: "material-removed", entity: "event", entityId: eventId });
    return row;
  });
  // After the commit: a failure here leaves a file the next start-up sweep removes.
  if (gone?.file) fs.rmSync(path.join(materialsDir(), path.basename(gone.file)), { force: true });
  return !!gone;
}

/** A file to download: of a public event (published or cancelled) unless staff ask. */
export function materialForDownload(eventSlug: string, materialId: number, staffView = false) {
  const row = db()
    .select({ file: eventMaterials.file, fileName: eventMaterials.fileName, contentType: eventMaterials.contentType, status: events.status })
    .from(eventMaterials)
    .innerJoin(events, eq(events.id, eventMaterials.eventId))
    .where(and(eq(eventMaterials.id, materialId), eq(events.slug, eventSlug)))
    .get();
  if (!row?.file || (!staffView && row.status === "draft")) return null;
  const p = path.join(materialsDir(), path.basename(row.file));
  if (!fs.existsSync(p)) return null;
  // A draft's file is for the staff member who asked: no shared cache may keep it for the next visitor.
  return { path: p, name: row.fileName ?? path.basename(row.file), contentType: row.contentType ?? "application/octet-stream", public: row.status !== "draft" };
}

/** At start: files no row names (a crash between file and row, a removed session) are removed. */
export function sweepMaterials(): number {
  const dir = materialsDir();
  if (!fs.existsSync(dir)) return 0;
  const known = new Set(
    db()
      .select({ file: eventMaterials.file })
      .from(eventMaterials)
      .where(isNotNull(eventMaterials.file))
      .all()
      .map((r) => path.basename(r.file!)),
  );
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && !known.has(entry.name)) {
      fs.rmSync(path.join(dir, entry.name), { force: true });
      removed++;
    }
  }
  return removed;
}
