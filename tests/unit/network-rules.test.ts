// Network membership's pure rules and mails (ADR 29).
import { describe, expect, it } from "vitest";
import { networkJoinDecidedMail, networkJoinRequestedMail } from "@/lib/email/templates";
import { decisionRefusal, departureRefusal, joinRefusal, NETWORK_SLUG } from "@/lib/networks/rules";
import { createNetworkSchema, decideRequestSchema, joinRequestSchema } from "@/lib/networks/schema";

const member = (status: "PENDING" | "ACTIVE" | "LEFT" | "DECLINED", role: "CHAIR" | "MEMBER" = "MEMBER") => ({
  role,
  status,
});

describe("asking to join", () => {
  it("refuses a member and a pending person; anyone else asks (again)", () => {
    expect(joinRefusal(member("ACTIVE"))).toBe("networks.error.alreadyMember");
    expect(joinRefusal(member("PENDING"))).toBe("networks.error.alreadyPending");
    expect(joinRefusal(member("LEFT"))).toBeNull();
    expect(joinRefusal(member("DECLINED"))).toBeNull();
    expect(joinRefusal(null)).toBeNull();
  });

  it("needs a message of at most 1000 characters", () => {
    const networkId = "7d5c8a2e-3b1f-4c6d-9e8f-0a1b2c3d4e5f";
    expect(joinRequestSchema.safeParse({ networkId, message: "  " }).success).toBe(false);
    expect(joinRequestSchema.safeParse({ networkId, message: "x".repeat(1_001) }).success).toBe(false);
    expect(joinRequestSchema.parse({ networkId, message: " Hei " }).message).toBe("Hei");
  });
});

describe("a chair's decision", () => {
  it("decides only a pending request", () => {
    expect(decisionRefusal(member("PENDING"))).toBeNull();
    expect(decisionRefusal(member("ACTIVE"))).toBe("networks.error.alreadyMember");
    expect(decisionRefusal(member("DECLINED"))).toBe("networks.error.alreadyDeclined");
    expect(decisionRefusal(member("LEFT"))).toBe("networks.error.noRequest");
    expect(decisionRefusal(null)).toBe("networks.error.noRequest");
  });

  it("knows approve and decline only", () => {
    const ids = { networkId: "7d5c8a2e-3b1f-4c6d-9e8f-0a1b2c3d4e5f", userId: "7d5c8a2e-3b1f-4c6d-9e8f-0a1b2c3d4e60" };
    expect(decideRequestSchema.safeParse({ ...ids, decision: "approve" }).success).toBe(true);
    expect(decideRequestSchema.safeParse({ ...ids, decision: "yes" }).success).toBe(false);
  });
});

describe("leaving and the chairs", () => {
  it("keeps the last chair", () => {
    expect(departureRefusal(member("ACTIVE", "CHAIR"), 1)).toBe("networks.error.lastChair");
    expect(departureRefusal(member("ACTIVE", "CHAIR"), 2)).toBeNull();
    expect(departureRefusal(member("ACTIVE"), 1)).toBeNull();
    expect(departureRefusal(member("LEFT"), 1)).toBe("networks.error.notMember");
    expect(departureRefusal(null, 1)).toBe("networks.error.notMember");
  });

  it("takes slugs of lower-case letters, digits and dashes", () => {
    expect(NETWORK_SLUG.test("asiakaspalvelu-2")).toBe(true);
    for (const bad of ["Iso", "a--b", "-a", "ä", "a b"]) expect(NETWORK_SLUG.test(bad)).toBe(false);
    expect(createNetworkSchema.safeParse({ slug: "ok", name: "N", chairUserId: "nope" }).success).toBe(false);
  });
});

describe("the mails", () => {
  const network = { name: "Asiakaspalveluverkosto", slug: "asiakaspalvelu" };
  it("tells a chair who asks, with the message and where to decide, in the chair's language", () => {
    const mail = networkJoinRequestedMail(
      {
        recipient: { email: "pj@example.org", name: "Pia", locale: "fi" },
        network,
        requester: { name: "Olli Uusi", libraryName: "Valkeakosken kaupunginkirjasto" },
        message: "Aloitin asiakaspalvelussa.",
      },
      { appUrl: "https://pike.example" },
    );
    expect(mail.subject).toBe("Liittymispyyntö verkostoon Asiakaspalveluverkosto");
    expect(mail.text).toContain("Olli Uusi");
    expect(mail.text).toContain("Aloitin asiakaspalvelussa.");
    expect(mail.text).toContain("https://pike.example/verkostot/asiakaspalvelu");
    expect(mail.text).not.toContain("@");
  });

  it("tells the person the decision, with the reason of a decline", () => {
    const recipient = { email: "o@example.org", name: "Olli", locale: "en" as const };
    const declined = networkJoinDecidedMail(
      { recipient, network, decision: "declined", reason: "Only for the region's libraries." },
      { appUrl: "https://pike.example" },
    );
    expect(declined.subject).toBe("Your request to join Asiakaspalveluverkosto");
    expect(declined.text).toContain("Only for the region's libraries.");
    const approved = networkJoinDecidedMail(
      { recipient, network, decision: "approved", reason: "ignored" },
      { appUrl: "https://pike.example" },
    );
    expect(approved.subject).toBe("Welcome to Asiakaspalveluverkosto");
    expect(approved.text).not.toContain("ignored");
  });
});
