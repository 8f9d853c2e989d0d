import { describe, expect, it } from "vitest";
import {
  createStaffSession,
  createStaffUser,
  revokeStaffSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  staffUserForSession,
  verifyStaffSignIn,
} from "./staff.server";

describe("staff accounts and sessions", () => {
  it("refuses passwords under 12 characters", async () => {
    await expect(createStaffUser({ email: "a@itu.int", name: "A", role: "admin", password: "short" })).rejects.toThrow();
  });

  it("signs in with the right password only, whatever the email's case", async () => {
    await createStaffUser({ email: "Editor@ITU.int", name: "Eda", role: "editor", password: "a long enough secret" });
    expect(await verifyStaffSignIn("editor@itu.int", "a long enough secret")).toMatchObject({ name: "Eda", role: "editor" });
    expect(await verifyStaffSignIn("editor@itu.int", "a wrong secret!!")).toBeNull();
    expect(await verifyStaffSignIn("nobody@itu.int", "a long enough secret")).toBeNull();
  });

  it("ends sessions on sign-out, after idling and at their absolute end", async () => {
    const { id } = await createStaffUser({ email: "rev@itu.int", name: "Rev", role: "reviewer", password: "another long secret" });
    const start = Date.now();
    const token = createStaffSession(id, start);
    expect(staffUserForSession(token, start + 1000)?.id).toBe(id);
    revokeStaffSession(token);
    expect(staffUserForSession(token, start + 2000)).toBeNull();

    const idle = createStaffSession(id, start);
    expect(staffUserForSession(idle, start + SESSION_IDLE_MS + 1)).toBeNull();

    let t = start;
    const busy = createStaffSession(id, t);
    while (t < start + SESSION_ABSOLUTE_MS - 60 * 60_000) {
      t += 60 * 60_000;
      expect(staffUserForSession(busy, t)?.id).toBe(id);
    }
    expect(staffUserForSession(busy, start + SESSION_ABSOLUTE_MS)).toBeNull();
  });
});
