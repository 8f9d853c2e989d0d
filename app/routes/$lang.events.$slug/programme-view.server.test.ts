import { describe, expect, it } from "vitest";
import { saveEvent } from "~/models/event-editing.server";
import { saveSession } from "~/models/programme.server";
import { newStaffId } from "~/test-support/fixtures";
import { eventInput } from "~/test-support/event-input";
import { eventPageView } from "./view.server";

const HOUR = 3_600_000;
const now = Date.now();

describe("the public programme of a moved event", () => {
  it("says a session left on a day the event no longer has is to be confirmed, and no longer once it is moved", async () => {
    const staff = await newStaffId();
    const at = eventInput({ slug: "moved-public-programme", status: "published", startsAt: now + 72 * HOUR, endsAt: now + 76 * HOUR }, now);
    const saved = saveEvent(null, at, staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const session = (from: number) => ({ startsAt: from, endsAt: from + HOUR, title: { en: "Session" }, room: {}, interpretation: [], speakerIds: [] });
    const first = saveSession(saved.id, null, session(now + 72 * HOUR), staff);
    if (first.outcome !== "saved") throw new Error(first.outcome);
    const unsettled = () => eventPageView("moved-public-programme", "fr")!.view.programme.sessions.map((s) => s.unsettled);
    expect(unsettled()).toEqual([false]);

    // The event moves a day later: the session stays on the day before, and the page says its time is to be confirmed.
    saveEvent(saved.id, { ...at, startsAt: now + 96 * HOUR, endsAt: now + 100 * HOUR }, staff);
    expect(unsettled()).toEqual([true]);
    expect(saveSession(saved.id, first.id, session(now + 96 * HOUR), staff).outcome).toBe("saved");
    expect(unsettled()).toEqual([false]);
  });
});
