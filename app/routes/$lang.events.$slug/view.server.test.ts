import { describe, expect, it } from "vitest";
import { insertEvent, registrant, updateEvent } from "~/test-support/fixtures";
import { typesOfEvent } from "~/models/participation-types.server";
import { registerForEvent } from "~/models/registrations.server";
import { eventPageView } from "./view.server";

describe("an event's page, kept until the next write", () => {
  it("is built once for readers, and anew in each language after a registration or an edit", () => {
    const event = insertEvent({ title: { en: "Kept workshop", fr: "Atelier gardé" }, capacity: 10 });
    // An event made before participation types gets its main type written on its first reading.
    typesOfEvent(event.id);
    const first = eventPageView(event.slug, "en")!;
    expect(first.view.title.text).toBe("Kept workshop");
    expect(eventPageView(event.slug, "en")).toBe(first);
    expect(eventPageView(event.slug, "fr")!.view.title.text).toBe("Atelier gardé");

    expect(registerForEvent({ eventId: event.id, email: "kept@example.org", lang: "en", details: registrant() }).outcome).toBe("registered");
    const afterRegistering = eventPageView(event.slug, "en")!;
    expect(afterRegistering).not.toBe(first);
    expect(afterRegistering.types.reduce((n, t) => n + t.seated, 0)).toBe(first.types.reduce((n, t) => n + t.seated, 0) + 1);

    updateEvent(event.id, { title: { en: "Renamed workshop" } });
    expect(eventPageView(event.slug, "en")!.view.title.text).toBe("Renamed workshop");
  });

  it("is not there for a draft or an unknown address", () => {
    expect(eventPageView(insertEvent({ status: "draft" }).slug, "en")).toBeNull();
    expect(eventPageView("no-such-event", "en")).toBeNull();
  });
});
