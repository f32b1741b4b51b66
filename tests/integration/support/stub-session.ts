// Stands in for @/lib/auth/session: the signed-in actor is the test's request.actor.
import { request } from "./request";

export const getActor = () => Promise.resolve(request.actor);
