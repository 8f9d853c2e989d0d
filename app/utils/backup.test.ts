import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { seedContent } from "../../db/seed/index";
import { backupDatabase, backupName } from "./backup.server";
import { db, openDatabase, sqlite } from "./db.server";

describe("backup", () => {
  it("copies the live database consistently, and the copy can be restored and opened by the portal", async () => {
    db();
    seedContent({ examples: true });
    const source = sqlite().name;
    const destination = path.join(path.dirname(source), "backups", backupName(new Date("2026-11-23T10:00:00Z")));
    expect(path.basename(destination)).toBe("portal-20261123-100000.sqlite");
    // Writes continue while the backup runs.
    const writing = setInterval(
      () => sqlite().prepare("insert into audit_log (action, entity, entity_id, detail, at) values ('x','y','1','{}',?)").run(Date.now()),
      1,
    );
    await backupDatabase(source, destination);
    clearInterval(writing);

    const copy = new Database(destination, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.prepare("select count(*) n from events").get()).toEqual({ n: 5 });
    copy.close();

    // Restoring is putting the file in place: the portal opens it and applies any newer migrations.
    const restored = path.join(path.dirname(source), "restored.sqlite");
    fs.copyFileSync(destination, restored);
    const opened = openDatabase(restored);
    expect(opened.sqlite.prepare("select count(*) n from circulars").get()).toEqual({ n: 3 });
    opened.sqlite.close();
  });
});
