import { describe, expect, it } from "vitest";
import { sqlite } from "./db.server";
import { MEMOS_PER_FAMILY } from "./data-version.server";
import { openDataCsv, openDataJson } from "./open-data.server";
import { endorsersDownloadKey } from "~/routes/$lang.declarations.$slug_.endorsers/view.server";

describe("open-data downloads", () => {
  it("are written once until the next write, then written again", async () => {
    let built = 0;
    const download = () => openDataJson("probe.json", () => ({ n: ++built }));
    const first = download();
    expect(first.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await first.json()).toEqual({ n: 1 });
    expect(await download().json()).toEqual({ n: 1 });
    sqlite().exec("CREATE TABLE IF NOT EXISTS probe (x INTEGER); INSERT INTO probe VALUES (1);");
    expect(await download().json()).toEqual({ n: 2 });
  });

  it("keep nothing for a download that fails (an unknown declaration is a 404, every time)", () => {
    let tried = 0;
    const download = () =>
      openDataCsv("probe.csv:unknown", "x.csv", () => {
        tried++;
        throw new Response(null, { status: 404 });
      });
    expect(download).toThrow();
    expect(download).toThrow();
    expect(tried).toBe(2);
  });

  it("name the CSV file", () => {
    const r = openDataCsv("probe.csv", "pledges.csv", () => "id\n1\n");
    expect(r.headers.get("Content-Disposition")).toBe('attachment; filename="pledges.csv"');
    expect(r.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  });

  it("kept for a crawler's made-up addresses do not push out the other downloads", () => {
    let emissions = 0;
    const heavy = () => openDataCsv("probe-emissions.csv", "emissions.csv", () => `${++emissions}`);
    heavy();
    // The endorsers' list asked for with every query a crawler can think of: one copy, not one each.
    const keys = new Set<string>();
    for (let i = 0; i < MEMOS_PER_FAMILY * 2; i++) {
      const query = new URLSearchParams({ category: "academia", [`x${i}`]: String(i), country: i % 2 ? "zz" : "" });
      keys.add(endorsersDownloadKey("cop29-declaration", "en", query));
      openDataCsv(`probe-endorsers.csv:${i}`, "e.csv", () => "name\n");
    }
    expect([...keys]).toEqual([endorsersDownloadKey("cop29-declaration", "en", new URLSearchParams("category=academia"))]);
    expect(endorsersDownloadKey("cop29-declaration", "en", new URLSearchParams("country=FR"))).not.toBe(
      endorsersDownloadKey("cop29-declaration", "en", new URLSearchParams("country=SN")),
    );
    heavy();
    expect(emissions).toBe(1);
  });
});
