// Invalidate cached pages by the data that changed (ADR 17). Called by
// mutations after their transaction commits, so every path that changes the
// data — server action, route handler, job worker — invalidates alike.
import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { log } from "@/lib/log";
import { expireTagsEverywhere } from "./mutations";

/**
 * In a server action, updateTag: the actor's next page reads their own write.
 * In a route handler, revalidateTag with no stale window. Outside Next (the
 * job worker, scripts, tests) neither has a cache to reach here; the shared
 * tag store (lib/cache/tag-store.ts) carries it to the app processes.
 */
export async function invalidate(tags: Iterable<string>): Promise<void> {
  const outsideNext: string[] = [];
  for (const tag of new Set(tags)) {
    try {
      updateTag(tag);
      continue;
    } catch {
      // Not a server action.
    }
    try {
      revalidateTag(tag, { expire: 0 });
    } catch {
      // No Next request context: nothing cached in this process.
      outsideNext.push(tag);
    }
  }
  try {
    await expireTagsEverywhere(outsideNext);
  } catch (error) {
    // The change is committed; the pages catch up at their cacheLife.
    log.warn({ tags: outsideNext, err: error }, "cache tags not invalidated");
  }
}

/**
 * A mutation that invalidates the cache tags of what it changed once it has
 * committed: the tags are asked before (a renamed slug's old page) and after
 * (the new one). A failed mutation changed nothing and invalidates nothing.
 */
export function invalidating<A extends unknown[], R>(
  mutation: (...args: A) => Promise<R>,
  tagsOf: (args: A, result: R | undefined) => Promise<string[]>,
): (...args: A) => Promise<R> {
  const wrapped = async (...args: A) => {
    // Malformed input fails in the mutation with its own error; here it has no tags.
    const before = await tagsOf(args, undefined).catch(() => []);
    const result = await mutation(...args);
    const after = await tagsOf(args, result).catch(() => []);
    await invalidate([...before, ...after]);
    return result;
  };
  return Object.assign(wrapped, { [INVALIDATES]: true });
}

/** Marks a mutation made by invalidating(), so a test can find the exported ones that are not. */
export const INVALIDATES = Symbol.for("pike.invalidates");

export function isInvalidating(value: unknown): boolean {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[INVALIDATES] === true;
}
