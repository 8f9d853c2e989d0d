import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventMaterials, events } from "../../db/schema";
import { db } from "~/utils/db.server";
import { insertEvent, HOUR } from "~/test-support/fixtures";
import { minimalPdf } from "~/utils/pdf";
import { addMaterial, materialForDownload, materialsDir, removeMaterial, sweepMaterials } from "./event-materials.server";
import { addSpeaker, deleteSession, getProgramme, saveSession } from "./programme.server";
import { createStaffUser } from "./staff.server";

const start = Date.UTC(2030, 5, 10, 7);

function makeEvent(slug: string, status: "draft" | "published" = "published") {
  return insertEvent({
    slug,
    kind: "workshop",
    title: { en: "Workshop" },
    startsAt: start,
    endsAt: start + 8 * HOUR,
    timeZone: "Europe/Zurich",
    format: "hybrid",
    venue: { en: "Geneva" },
    registrationOpensAt: null,
    status,
    createdAt: 0,
    updatedAt: 0,
  });
}

const session = (over: Partial<Parameters<typeof saveSession>[2]> = {}) => ({
  startsAt: start + HOUR,
  endsAt: start + 2 * HOUR,
  title: { en: "Opening", fr: "Ouverture" },
  room: { en: "Room A" },
  interpretation: ["fr", "en", "ils", "xx"],
  speakerIds: [] as number[],
  ...over,
});

describe("the programme", () => {
  it("keeps sessions in time order with their speakers, refuses times outside the event, and dates the event's change", async () => {
    const staff = (await createStaffUser({ email: "prog@itu.int", name: "Prog", role: "editor", password: "long enough password" })).id;
    const event = makeEvent("programme-rules");
    const other = makeEvent("programme-other");
    const lee = addSpeaker(event.id, { name: "Ann Lee", title: "Director", organisation: "ITU" }, staff)!;
    const chen = addSpeaker(event.id, { name: "Bo Chen", title: "", organisation: "UNEP" }, staff)!;
    const stranger = addSpeaker(other.id, { name: "Not Here", title: "", organisation: "" }, staff)!;
    const late = saveSession(
      event.id,
      null,
      session({ startsAt: start + 3 * HOUR, endsAt: start + 4 * HOUR, title: { en: "Panel" }, speakerIds: [chen, lee, stranger] }),
      staff,
    );
    const early = saveSession(event.id, null, session({ speakerIds: [lee] }), staff);
    expect([late.outcome, early.outcome]).toEqual(["saved", "saved"]);
    const programme = getProgramme(event.id);
    expect(programme.sessions.map((s) => s.title.en)).toEqual(["Opening", "Panel"]);
    // Speakers in the order ticked; a speaker of another event is not linked.
    expect(programme.sessions[1]!.speakers.map((s) => s.name)).toEqual(["Bo Chen", "Ann Lee"]);
    expect(programme.sessions[0]!.interpretation).toEqual(["en", "fr", "ils"]);
    expect(db().select().from(events).where(eq(events.id, event.id)).get()!.updatedAt).toBeGreaterThan(0);

    expect(saveSession(event.id, null, session({ startsAt: start - HOUR }), staff)).toEqual({ outcome: "outside-event" });
    expect(saveSession(event.id, null, session({ endsAt: start + HOUR }), staff)).toEqual({ outcome: "end-before-start" });
    expect(saveSession(other.id, early.outcome === "saved" ? early.id : 0, session(), staff)).toEqual({ outcome: "not-found" });
    expect(deleteSession(other.id, early.outcome === "saved" ? early.id : 0, staff)).toBe(false);
    expect(getProgramme(event.id).sessions).toHaveLength(2);
  });

  it("stores a file material on disk with its row, serves it only for a public event, and removes it with the row", async () => {
    const staff = (await createStaffUser({ email: "files@itu.int", name: "Files", role: "editor", password: "long enough password" })).id;
    const event = makeEvent("programme-files");
    const draft = makeEvent("programme-draft", "draft");
    const file = { bytes: minimalPdf(), name: "agenda.pdf", contentType: "application/pdf", extension: "pdf" };
    expect(addMaterial({ eventId: event.id, sessionId: null, title: { en: "Agenda" } }, { file }, staff)).toBe("added");
    expect(addMaterial({ eventId: draft.id, sessionId: null, title: { en: "Draft agenda" } }, { file }, staff)).toBe("added");
    expect(addMaterial({ eventId: event.id, sessionId: 999_999, title: { en: "Nowhere" } }, { url: "https://example.org" }, staff)).toBe("not-found");
    const [row] = db().select().from(eventMaterials).where(eq(eventMaterials.eventId, event.id)).all();
    const download = materialForDownload("programme-files", row!.id);
    expect(download).toMatchObject({ name: "agenda.pdf", contentType: "application/pdf" });
    expect(fs.readFileSync(download!.path)).toEqual(minimalPdf());
    const [draftRow] = db().select().from(eventMaterials).where(eq(eventMaterials.eventId, draft.id)).all();
    expect(materialForDownload("programme-draft", draftRow!.id)).toBeNull();
    // Staff may read a draft's file, which is not public (the download is then kept by no shared cache).
    expect(materialForDownload("programme-draft", draftRow!.id, true)).toMatchObject({ public: false });
    expect(download).toMatchObject({ public: true });
    // The slug must match: a material is not reachable under another event's address.
    expect(materialForDownload("programme-draft", row!.id, true)).toBeNull();
    // No temporary file is left, and a file no row names is swept at start.
    expect(fs.readdirSync(materialsDir()).filter((f) => f.startsWith(".tmp-"))).toEqual([]);
    fs.writeFileSync(path.join(materialsDir(), "orphan.pdf"), "x");
    expect(sweepMaterials()).toBe(1);
    expect(removeMaterial(event.id, row!.id, staff)).toBe(true);
    expect(fs.existsSync(download!.path)).toBe(false);
  });
});
