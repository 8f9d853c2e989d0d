import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { participationTypes } from "../../../db/schema";
import { typesOfEvent } from "~/models/participation-types.server";
import { insertEvent } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { deskList } from "./view.server";

describe("the registrant desk's seats", () => {
  it("count the seats of every participation type, as the confirmed count beside them does, and none when one has no limit", () => {
    const e = insertEvent({ title: { en: "Hybrid workshop" }, format: "hybrid", capacity: 2 }, Date.now());
    const [room, online] = typesOfEvent(e.id);
    const seats = () => deskList("ar", { id: e.id, title: e.title, capacity: e.capacity }, { q: "", page: 1 }).seats;
    db().update(participationTypes).set({ capacity: null }).where(eq(participationTypes.id, online!.id)).run();
    expect(seats()).toBeNull();
    db().update(participationTypes).set({ capacity: 1 }).where(eq(participationTypes.id, online!.id)).run();
    expect(room!.capacity).toBe(2);
    expect(seats()).toBe(3);
  });
});
