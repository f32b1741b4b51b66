// Stands in for next/navigation: like Next's, redirect() and notFound() throw
// to end the action; the test catches them (see server-actions.ts).
import { NotFound, Redirect } from "./request";

export function redirect(url: string): never {
  throw new Redirect(url);
}

export function notFound(): never {
  throw new NotFound();
}
