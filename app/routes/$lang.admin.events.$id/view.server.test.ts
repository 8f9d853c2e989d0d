import { describe, expect, it } from "vitest";
import { saveEvent } from "~/models/event-editing.server";
import { saveSession } from "~/models/programme.server";
import { newStaffId } from "~/test-support/fixtures";
import { eventInput } from "~/test-support/event-input";
import { editorView } from "./view.server";

const HOUR = 3_600_000;
const now = Date.now();

describe("the event editor", () => {
  it("says how many programme sessions a new date left outside the event, until they are moved", async () => {
    const staff = await newStaffId();
    const at = eventInput({ slug: "moved-programme", startsAt: now + 72 * HOUR, endsAt: now + 76 * HOUR }, now);
    const saved = saveEvent(null, at, staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const session = (from: number) => ({ startsAt: from, endsAt: from + HOUR, title: { en: "Session" }, room: {}, interpretation: [], speakerIds: [] });
    const first = saveSession(saved.id, null, session(now + 72 * HOUR), staff);
    expect(saveSession(saved.id, null, session(now + 75 * HOUR), staff).outcome).toBe("saved");
    expect(editorView("fr", saved.id).sessionsOutside).toBe(0);

    // The event moves a day later: both sessions are now on a day it no longer has.
    saveEvent(saved.id, { ...at, startsAt: now + 96 * HOUR, endsAt: now + 100 * HOUR }, staff);
    expect(editorView("fr", saved.id).sessionsOutside).toBe(2);
    if (first.outcome !== "saved") throw new Error(first.outcome);
    expect(saveSession(saved.id, first.id, session(now + 96 * HOUR), staff).outcome).toBe("saved");
    expect(editorView("ar", saved.id).sessionsOutside).toBe(1);
    expect(editorView("en", null).sessionsOutside).toBe(0);
  });
});
