// Stands in for next/headers: the request's headers are the test's request.headers.
import { request } from "./request";

export const headers = () => Promise.resolve(request.headers);
