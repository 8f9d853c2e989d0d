import type { ActionFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { HOUR, insertEvent, manageTokenFromOutbox as tokenFromOutbox, registrant, templatesTo } from "~/test-support/fixtures";
import { describe, expect, it } from "vitest";
import { events, registrations } from "../../db/schema";
import { action } from "~/routes/$lang.registrations.$token/route";
import { csrfTokenFrom } from "~/utils/csrf.server";
import { db } from "~/utils/db.server";
import { verifyRegistration } from "./registration-proof.server";
import { updateRegistrantDetails } from "./registrant-details.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";

const details = registrant();
const statuses = (eventId: number) =>
  Object.fromEntries(
    db()
      .select({ email: registrations.email, status: registrations.status })
      .from(registrations)
      .where(eq(registrations.eventId, eventId))
      .all()
      .map((r) => [r.email, r.status]),
  );
/** Registers and proves the address by the emailed link, as a real registrant does. */
function register(eventId: number, email: string) {
  expect(registerForEvent({ eventId, email, lang: "en", details }).outcome).toBe("registered");
  expect(verifyRegistration(tokenFromOutbox(email))).toBe("proven");
}

describe("cancelling by the manage link", () => {
  it("is refused once the event has ended: the past stays as it was and no one waiting is promoted to it", () => {
    const e = insertEvent({ title: { en: "Ended webinar" }, timeZone: "Europe/Zurich", capacity: 1 });
    register(e.id, "went-cancel@x.org");
    register(e.id, "late-cancel@x.org");
    expect(cancelRegistration(tokenFromOutbox("went-cancel@x.org"), e.endsAt + HOUR)).toBe("ended");
    expect(statuses(e.id)).toEqual({ "went-cancel@x.org": "confirmed", "late-cancel@x.org": "waiting" });
    expect(templatesTo("late-cancel@x.org")).not.toContain("registration-promoted");
  });

  it("still works before the event ends, and gives the seat to the first one waiting", () => {
    const e = insertEvent({ title: { en: "Coming webinar" }, timeZone: "Europe/Zurich", capacity: 1 });
    register(e.id, "leaves-cancel@x.org");
    register(e.id, "waits-cancel@x.org");
    expect(cancelRegistration(tokenFromOutbox("leaves-cancel@x.org"), e.endsAt - HOUR)).toBe("cancelled");
    expect(statuses(e.id)).toEqual({ "leaves-cancel@x.org": "cancelled", "waits-cancel@x.org": "confirmed" });
  });
});

describe("changing one's details by the manage link", () => {
  it("is refused once the event has ended: the name stays the one the attendance record holds", () => {
    const e = insertEvent({ title: { en: "Ended workshop" }, timeZone: "Europe/Zurich", capacity: 5 });
    register(e.id, "renamed-after@x.org");
    const token = tokenFromOutbox("renamed-after@x.org");
    expect(updateRegistrantDetails(token, { ...details, lastName: "Changed" }, e.endsAt + HOUR)).toBe("ended");
    expect(updateRegistrantDetails(token, { ...details, lastName: "Before" }, e.endsAt - HOUR)).toBe("updated");
    const row = db().select({ lastName: registrations.lastName }).from(registrations).where(eq(registrations.email, "renamed-after@x.org")).get();
    expect(row?.lastName).toBe("Before");
  });
});

describe("the manage page, asked to cancel after the event", () => {
  it("answers 409 with the reason in the page's language, and the registration stays as it was", async () => {
    const e = insertEvent({ title: { fr: "Atelier passé" }, timeZone: "Europe/Zurich", capacity: 5 });
    register(e.id, "after-cancel@x.org");
    const token = tokenFromOutbox("after-cancel@x.org");
    db()
      .update(events)
      .set({ startsAt: Date.now() - 3 * HOUR, endsAt: Date.now() - HOUR })
      .where(eq(events.id, e.id))
      .run();
    const csrf = csrfTokenFrom(undefined).token;
    const answer = (await action({
      request: new Request(`http://localhost/fr/registrations/${token}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `gda_csrf=${csrf}` },
        body: new URLSearchParams({ _csrf: csrf, intent: "cancel" }),
      }),
      params: { lang: "fr", token },
      context: { clientIp: "198.51.100.40" },
    } as unknown as ActionFunctionArgs)) as { init: { status: number } | null; data: { formError: string } };
    expect(answer.init?.status).toBe(409);
    expect(answer.data.formError).toBe("Cette manifestation est terminée\u00a0: l'inscription ne peut plus être annulée. Votre inscription reste inchangée.");
    expect(statuses(e.id)).toEqual({ "after-cancel@x.org": "confirmed" });
  });
});
