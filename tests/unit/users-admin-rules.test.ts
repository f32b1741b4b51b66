import { describe, expect, it } from "vitest";
import { invitationMail } from "@/lib/email/templates";
import { lastSignInBounds, leavesNoAdmin, sortRoles } from "@/lib/users/admin/rules";
import { inviteUserSchema, parseUserListQuery, userPatchSchema } from "@/lib/users/admin/schema";

describe("the last active admin", () => {
  const admin = { isActiveAdmin: true };
  it("may not drop the role or be deactivated when nobody else is an active admin", () => {
    expect(leavesNoAdmin(admin, { roles: ["COORDINATOR"], active: true }, 0)).toBe(true);
    expect(leavesNoAdmin(admin, { roles: ["ADMIN"], active: false }, 0)).toBe(true);
    expect(leavesNoAdmin(admin, { roles: ["ADMIN", "STAFF"], active: true }, 0)).toBe(false);
  });
  it("may when another active admin remains, and the rule never binds anyone else", () => {
    expect(leavesNoAdmin(admin, { roles: ["STAFF"], active: false }, 1)).toBe(false);
    expect(leavesNoAdmin({ isActiveAdmin: false }, { roles: ["STAFF"], active: false }, 0)).toBe(false);
  });
});

describe("the list's last sign-in filter", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  it("turns each choice into bounds on lastSignInAt", () => {
    expect(lastSignInBounds("NEVER", now)).toEqual({ never: true });
    expect(lastSignInBounds("WITHIN_30_DAYS", now)).toEqual({ gte: new Date("2026-11-04T12:00:00Z") });
    expect(lastSignInBounds("OVER_90_DAYS", now)).toEqual({ lt: new Date("2026-09-05T12:00:00Z") });
  });
});

describe("inputs", () => {
  it("orders roles one way and drops repeats", () => {
    expect(sortRoles(["STAFF", "ADMIN", "STAFF", "SUPERVISOR"])).toEqual(["ADMIN", "SUPERVISOR", "STAFF"]);
  });
  it("lower-cases the invited address and needs a role", () => {
    expect(inviteUserSchema.parse({ email: " Uusi@JKL.fi ", roles: "STAFF" })).toMatchObject({
      email: "uusi@jkl.fi",
      roles: ["STAFF"],
      libraryId: null,
      locale: "fi",
    });
    expect(inviteUserSchema.safeParse({ email: "uusi@jkl.fi" }).success).toBe(false);
    expect(inviteUserSchema.safeParse({ email: "uusi@jkl.fi", roles: ["STAFF", "KING"] }).success).toBe(false);
  });
  it("refuses an empty or unknown PATCH and a repeated filter", () => {
    expect(userPatchSchema.safeParse({}).success).toBe(false);
    expect(userPatchSchema.safeParse({ isDemo: true }).success).toBe(false);
    expect(userPatchSchema.safeParse({ active: false }).success).toBe(true);
    expect(() => parseUserListQuery(new URLSearchParams("role=STAFF&role=ADMIN"))).toThrow();
    expect(parseUserListQuery(new URLSearchParams("q=%20anna%20&active=true&limit=20"))).toMatchObject({
      q: "anna",
      active: "true",
      limit: 20,
    });
  });
});

describe("the invitation mail", () => {
  it("is in the invitee's language, names who invited them and says how long the link works", () => {
    const mail = invitationMail(
      {
        recipient: { email: "uusi@jkl.fi", name: null, locale: "en" },
        libraryName: "Jyväskylän kaupunginkirjasto",
        invitedBy: { name: "Juli", libraryName: null },
      },
      { link: "https://pike.test/kirjaudu/vahvista?token=t&email=uusi%40jkl.fi", days: 7 },
    );
    expect(mail.subject).toBe("Invitation to the PiKe portal");
    expect(mail.text).toContain("Juli has invited you");
    expect(mail.text).toContain("valid for 7 days and works once");
    expect(mail.text).toContain("https://pike.test/kirjaudu/vahvista?token=t&email=uusi%40jkl.fi");
    expect(mail.text).toContain("Jyväskylän kaupunginkirjasto");
  });
});
