import { describe, expect, it } from "vitest";
import { closedDoorMessage } from "./answer.server";

const opensAt = Date.UTC(2026, 11, 15, 8);

describe("the check-in page of an event more than a week away", () => {
  it("says before any scan that check-in is not open yet, and answers a code with «not checked in»", () => {
    const notice = closedDoorMessage("fr", { outcome: "not-open", opensAt }, "Europe/Zurich", true);
    expect(notice).toMatch(/^L'accueil des participants n'est pas encore ouvert/);
    expect(notice).not.toMatch(/non enregistrée/);
    expect(closedDoorMessage("fr", { outcome: "not-open", opensAt }, "Europe/Zurich")).toMatch(/^Arrivée non enregistrée/);
    expect(closedDoorMessage("ar", { outcome: "not-open", opensAt }, "Europe/Zurich", true)).toMatch(/^لم يبدأ تسجيل الحضور بعد/);
  });
});
