import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { endorsements, outbox } from "../../db/schema";
import { submitEndorsement, verifyEndorsement } from "./endorsements.server";
import { db } from "~/utils/db.server";
import { decideGovernmentEndorsement } from "./focal-point-endorsements.server";
import { designateFocalPoint, focalPointsOf } from "./focal-points.server";
import { ENDORSEMENT_NOTICE_INTERVAL_MS } from "./focal-point-wait.server";
import { newStaffId } from "~/test-support/fixtures";
import { cop30Declaration as declaration, focalPointDetails as fp } from "~/test-support/focal-point-fixtures";

describe("the email telling a focal point that a government's endorsement awaits them", () => {
  it("cannot be sent again and again by a stranger with many mailboxes: once while endorsements wait, at most daily", async () => {
    const sid = await newStaffId();
    const d = declaration();
    designateFocalPoint("SN", fp("SN", "focal@sn.example"), sid);
    const focal = focalPointsOf("SN")[0]!;
    let n = 0;
    // A stranger sends one "in the name of Senegal" from a fresh mailbox, and confirms it.
    const endorse = () => {
      const email = `someone${++n}@catch-all.example`;
      const details = { category: "government" as const, organisation: `Office ${n}`, country: "SN", representativeName: "X", representativeTitle: "Y" };
      expect(submitEndorsement(d.id, "en", { ...details, email, statement: null }, null)).toEqual({ ok: true });
      const sent = db().select().from(outbox).where(eq(outbox.toAddress, email)).all().at(-1)!;
      const token = /endorsements\/verify\/([\w-]{43})/.exec(sent.text)![1]!;
      expect(verifyEndorsement(token)).toBe("verified");
      return db().select().from(outbox).where(eq(outbox.toAddress, email)).all();
    };
    const notices = () => db().select().from(outbox).where(eq(outbox.template, "focal-point-endorsement-awaits")).all();
    const first = endorse();
    for (let i = 0; i < 9; i++) endorse();
    // Ten endorsements waiting, one email: the focal point's page lists all ten.
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.toAddress).toBe("focal@sn.example");
    // A day on (the notice dated back), with endorsements still waiting, they are told again, once.
    const dayAgo = Date.now() - ENDORSEMENT_NOTICE_INTERVAL_MS - 60_000;
    db().update(outbox).set({ createdAt: dayAgo }).where(eq(outbox.template, "focal-point-endorsement-awaits")).run();
    endorse();
    endorse();
    expect(notices()).toHaveLength(2);
    // Each sender is still told that their endorsement went to the focal point.
    expect(first.map((m) => m.template)).toContain("endorsement-received-focal-point");
    // Once the focal point has decided everything waiting, the next endorsement is told at once.
    const waiting = db().select({ id: endorsements.id }).from(endorsements).where(eq(endorsements.country, "SN")).all();
    expect(waiting).toHaveLength(12);
    for (const { id } of waiting) expect(decideGovernmentEndorsement(focal, id, "refused", null)).toBe("done");
    endorse();
    expect(notices()).toHaveLength(3);
  });
});

describe("the email designating a focal point", () => {
  it("tells the country's first focal point that endorsements sent before there was one await them, and until when", async () => {
    const sid = await newStaffId();
    const d = declaration();
    const details = { category: "government" as const, organisation: "Office", country: "UY", representativeName: "X", representativeTitle: "Y" };
    expect(submitEndorsement(d.id, "en", { ...details, email: "sender@uy.example", statement: null }, null)).toEqual({ ok: true });
    const sent = db().select().from(outbox).where(eq(outbox.toAddress, "sender@uy.example")).get()!;
    expect(verifyEndorsement(/endorsements\/verify\/([\w-]{43})/.exec(sent.text)![1]!)).toBe("verified");
    const designation = (email: string) => db().select().from(outbox).where(eq(outbox.toAddress, email)).get()!.text;
    designateFocalPoint("UY", { ...fp("UY", "first@uy.example"), lang: "en" }, sid);
    expect(designation("first@uy.example")).toMatch(/already await your decision on your page\. If no decision has been taken by \d+ \w+ \d{4},/);
    // A second focal point of the same country: the first was told, and the wait did not start again.
    designateFocalPoint("UY", { ...fp("UY", "second@uy.example"), lang: "en" }, sid);
    expect(designation("second@uy.example")).not.toContain("already await");
  });
});
