// Enums are plain values, safe for client components and zod schemas.
export * from "./generated/enums";
