"use client";
// The signed-in person for the header of a cached page: asked from /api/me
// once per page and again after each navigation (signing in or out navigates).
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { Me } from "@/lib/auth/me";

let cached: { pathname: string; promise: Promise<Me> } | null = null;

function fetchMe(pathname: string): Promise<Me> {
  if (cached?.pathname !== pathname) {
    const promise = fetch("/api/me", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<Me>) : { user: null }))
      .catch(() => ({ user: null }));
    cached = { pathname, promise };
  }
  return cached.promise;
}

/** undefined while asking; then the person, or null when signed out. */
export function useMe(): Me["user"] | undefined {
  const pathname = usePathname();
  const [me, setMe] = useState<Me["user"] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void fetchMe(pathname).then((result) => {
      if (live) setMe(result.user);
    });
    return () => {
      live = false;
    };
  }, [pathname]);
  return me;
}
