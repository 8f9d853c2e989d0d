import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { endorsements, outbox, registrations } from "../../db/schema";
import { db, sqlite, write } from "~/utils/db.server";
import { minimalPdf } from "~/utils/pdf";
import { quarantineDir, storeDir, sweepLetters } from "./endorsement-letters.server";
import { letterPath } from "./endorsement-review.server";
import { submitEndorsement, verifyEndorsement } from "./endorsements.server";
import { registerForEvent } from "./registrations.server";
import { insertDeclaration, insertEvent } from "~/test-support/fixtures";

// The cap is read from the environment once; a small one (1 MB) makes it reachable in a test.
process.env.UNVERIFIED_LETTERS_MAX_MB = "1";
const T0 = Date.now();
let declarationId = 0;
const input = (email: string) => ({
  category: "academia" as const,
  organisation: `Org ${email}`,
  country: "FR",
  representativeName: "Claire",
  representativeTitle: "Rectrice",
  email,
  statement: null,
});
const pdfOf = (kb: number) => minimalPdf(`/Pad (${"x".repeat(kb * 1024)}) `);
const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".pdf") || f.startsWith(".tmp")) : []);
const rowsFor = (email: string) => db().select().from(endorsements).where(eq(endorsements.email, email)).all();
const verifyTokenFrom = (email: string) => {
  const text = db().select().from(outbox).where(eq(outbox.toAddress, email)).all().at(-1)!.text;
  return /endorsements\/verify\/([\w-]{43})/.exec(text)![1]!;
};

beforeAll(() => {
  declarationId = insertDeclaration({ slug: "d", endorsementOpensAt: T0 - 1000 }, T0).id;
});

describe("letters awaiting verification wait in quarantine, under a cap", () => {
  it("keeps an unverified letter in quarantine and moves it to the store on verification", () => {
    expect(submitEndorsement(declarationId, "fr", input("a@example.org"), { bytes: pdfOf(10), name: "a.pdf" })).toEqual({ ok: true });
    const [row] = rowsFor("a@example.org");
    expect(files(quarantineDir())).toContain(row!.letterFile);
    expect(files(storeDir())).not.toContain(row!.letterFile);
    expect(verifyEndorsement(verifyTokenFrom("a@example.org"))).toBe("verified");
    expect(files(quarantineDir())).not.toContain(row!.letterFile);
    expect(files(storeDir())).toContain(row!.letterFile);
    expect(letterPath(row!.id)!.path).toBe(path.join(storeDir(), row!.letterFile!));
  });

  it("answers 'full' once the quarantine's total would pass the cap, storing nothing", () => {
    expect(submitEndorsement(declarationId, "fr", input("b@example.org"), { bytes: pdfOf(600), name: "b.pdf" })).toEqual({ ok: true });
    const before = files(quarantineDir()).length;
    expect(submitEndorsement(declarationId, "fr", input("c@example.org"), { bytes: pdfOf(600), name: "c.pdf" })).toEqual({ ok: false, reason: "letters-full" });
    expect(files(quarantineDir())).toHaveLength(before);
    expect(rowsFor("c@example.org")).toHaveLength(0);
    // An endorsement without a letter, and a registration, still go through.
    expect(submitEndorsement(declarationId, "fr", input("d@example.org"), null)).toEqual({ ok: true });
  });

  it("answers 'storage-full' when the disk is full (ENOSPC), leaving no file and no row", () => {
    const spy = vi.spyOn(fs, "writeFileSync").mockImplementationOnce(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    });
    expect(submitEndorsement(declarationId, "fr", input("e@example.org"), { bytes: pdfOf(1), name: "e.pdf" })).toEqual({ ok: false, reason: "storage-full" });
    spy.mockRestore();
    expect(rowsFor("e@example.org")).toHaveLength(0);
    expect(files(quarantineDir()).filter((f) => f.startsWith(".tmp"))).toHaveLength(0);
  });

  it("answers 'storage-full' when the database is full (SQLITE_FULL), removing the written file", () => {
    const before = files(quarantineDir()).length;
    const pages = sqlite().pragma("page_count", { simple: true }) as number;
    sqlite().pragma(`max_page_count = ${pages}`);
    try {
      const big = { ...input("f@example.org"), statement: "s".repeat(200_000) };
      expect(submitEndorsement(declarationId, "fr", big, { bytes: pdfOf(1), name: "f.pdf" })).toEqual({ ok: false, reason: "storage-full" });
    } finally {
      sqlite().pragma("max_page_count = 1073741823");
    }
    expect(rowsFor("f@example.org")).toHaveLength(0);
    expect(files(quarantineDir())).toHaveLength(before);
    // Once there is room again, registrations and endorsements work.
    const event = insertEvent({ slug: "e", startsAt: T0 + 86_400_000, endsAt: T0 + 90_000_000, registrationOpensAt: T0 - 1000 }, T0);
    registerForEvent({
      eventId: event.id,
      email: "r@example.org",
      lang: "fr",
      details: {
        firstName: "R",
        lastName: "S",
        organisation: "O",
        organisationType: "academia",
        country: "FR",
        jobTitle: "J",
        gender: null,
        accessibilityNeeds: null,
      },
    });
    expect(db().select().from(registrations).where(eq(registrations.email, "r@example.org")).all()).toHaveLength(1);
  });

  it("sweeps, at start-up, files that no row names and verified letters left in quarantine", () => {
    fs.writeFileSync(path.join(quarantineDir(), "orphan.pdf"), "x");
    fs.writeFileSync(path.join(quarantineDir(), ".tmp-half.pdf"), "x");
    fs.mkdirSync(storeDir(), { recursive: true });
    fs.writeFileSync(path.join(storeDir(), "orphan2.pdf"), "x");
    const [b] = rowsFor("b@example.org");
    write((tx) => tx.update(endorsements).set({ status: "pending" }).where(eq(endorsements.id, b!.id)).run());
    expect(sweepLetters()).toEqual({ removed: 3, moved: 1 });
    expect(files(quarantineDir())).not.toContain("orphan.pdf");
    expect(files(storeDir())).toContain(b!.letterFile);
  });
});
