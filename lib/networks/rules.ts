// Pure rules of network membership (ADR 29): who may ask to join, what a
// chair may decide, and the one invariant of chairs (a network keeps at least
// one). Unit-tested in tests/unit/network-rules.test.ts.
import type { MembershipRole, MembershipStatus } from "@/lib/db/enums";

/** Pending requests older than this remind the chairs once (issue 14; the reminder comes later). */
export const STALE_REQUEST_DAYS = 14;

/** A network's address part: lower-case letters, digits and dashes (as the seeded ones). */
export const NETWORK_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Pages under /verkostot whose names a network's address may not take. */
export const RESERVED_NETWORK_SLUGS: readonly string[] = ["uusi", "tilanne"];

type Membership = { role: MembershipRole; status: MembershipStatus } | null;

/**
 * Why this person cannot ask to join (a message key), or null. Having left
 * or been declined is no bar: asking again reopens the same row.
 */
export function joinRefusal(existing: Membership): string | null {
  if (existing?.status === "PENDING") return "networks.error.alreadyPending";
  if (existing?.status === "ACTIVE") return "networks.error.alreadyMember";
  return null;
}

/** Why a chair cannot decide this request (a message key), or null: only a pending request is decided. */
export function decisionRefusal(existing: Membership): string | null {
  if (!existing || existing.status === "LEFT") return "networks.error.noRequest";
  if (existing.status === "ACTIVE") return "networks.error.alreadyMember";
  if (existing.status === "DECLINED") return "networks.error.alreadyDeclined";
  return null;
}

/**
 * Why an active member cannot go (a message key), or null. A chair leaves or
 * is removed only while another active chair remains.
 */
export function departureRefusal(existing: Membership, activeChairs: number): string | null {
  if (existing?.status !== "ACTIVE") return "networks.error.notMember";
  if (existing.role === "CHAIR" && activeChairs <= 1) return "networks.error.lastChair";
  return null;
}
