// The origin check for server actions: the same rule as for route handlers.
import "server-only";
import { headers } from "next/headers";
import { AppError } from "./errors";
import { isSameOrigin } from "./origin";

export async function assertActionOrigin(): Promise<void> {
  if (!isSameOrigin(await headers())) {
    throw new AppError("FORBIDDEN", "Cross-site or origin-less request refused.");
  }
}
