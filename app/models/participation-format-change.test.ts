import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events, participationTypes } from "../../db/schema";
import { insertEvent, registrant } from "~/test-support/fixtures";
import { write } from "~/utils/db.server";
import { followFormatChange, typesOfEvent } from "./participation-types.server";
import { registerForEvent } from "./registrations.server";

function becomeHybrid(id: number) {
  const before = write((tx) => tx.select().from(events).where(eq(events.id, id)).get()!);
  write((tx) => {
    tx.update(events).set({ format: "hybrid" }).where(eq(events.id, id)).run();
    followFormatChange(tx, before, { format: "hybrid" }, Date.now());
  });
}

describe("a change of format and the participation types", () => {
  it("gives a webinar that becomes hybrid before anyone registered an in-person and an online type", () => {
    const event = insertEvent({ format: "virtual", capacity: 40 });
    expect(typesOfEvent(event.id).map((t) => t.mode)).toEqual(["online"]);
    becomeHybrid(event.id);
    const types = typesOfEvent(event.id);
    expect(types.map((t) => [t.mode, t.capacity])).toEqual([
      ["in-person", 40],
      ["online", null],
    ]);
  });

  it("keeps the types once someone has registered", () => {
    const event = insertEvent({ format: "virtual" });
    registerForEvent({ eventId: event.id, email: `first-${event.id}@example.org`, lang: "en", details: registrant() });
    becomeHybrid(event.id);
    expect(typesOfEvent(event.id).map((t) => t.mode)).toEqual(["online"]);
  });

  it("keeps types that staff have shaped by hand", () => {
    const event = insertEvent({ format: "virtual" });
    const [online] = typesOfEvent(event.id);
    write((tx) => tx.update(participationTypes).set({ invitationOnly: true }).where(eq(participationTypes.id, online!.id)).run());
    becomeHybrid(event.id);
    expect(typesOfEvent(event.id).map((t) => [t.mode, t.invitationOnly])).toEqual([["online", true]]);
  });
});
