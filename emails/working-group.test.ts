import { describe, expect, it } from "vitest";
import { stripIsolates } from "../app/utils/bidi";
import { renderEmail } from "./render";

// Every group is named "Working Group on …", a title English writes with its article, as the
// French ("le Groupe de travail"), Spanish ("al Grupo de Trabajo") and Arabic emails do.
const group = "Working Group on Early Warnings for All";
const membership = { name: "Amina Diallo", group, url: "https://example.org/g", organisation: "Orange S.A." };

describe("working-group emails in English", () => {
  it("name the group with its article", () => {
    expect(renderEmail("wg-join-requested", "en", membership).subject).toBe(`Orange S.A. asks to join the ${group}`);
    expect(renderEmail("wg-join-accepted", "en", membership).subject).toBe(`Welcome to the ${group}`);
    expect(renderEmail("wg-join-declined", "en", membership).subject).toBe(`Your request to join the ${group}`);
    for (const name of ["wg-join-requested", "wg-join-accepted", "wg-join-declined"] as const) {
      expect(stripIsolates(renderEmail(name, "en", membership).text)).toContain(`the ${group}`);
    }
    const update = stripIsolates(
      renderEmail("wg-update", "en", {
        name: "",
        group,
        title: "First meeting",
        body: "We met.",
        url: "https://example.org/u",
        unsubscribeUrl: "https://example.org/x",
      }).text,
    );
    expect(update).toContain(`A new update from the ${group}:`);
    expect(update).toContain(`a member of the ${group}.`);
  });
});
