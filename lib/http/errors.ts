// Typed error codes and their HTTP statuses (DESIGN.md §4). Domain code
// throws AppError; route handlers turn any error into the common JSON shape.
export const ERROR_STATUS = {
  VALIDATION_FAILED: 422,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldErrors,
    readonly headers?: Record<string, string>,
    /** More of the error body beside code, message and fields (e.g. a kit's conflicting period). */
    readonly extra?: { conflict?: { startDate: string; endDate: string } },
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (message = "Not found") => new AppError("NOT_FOUND", message);
export const forbidden = (message = "Forbidden") => new AppError("FORBIDDEN", message);
export const unauthenticated = (message = "Sign in first") => new AppError("UNAUTHENTICATED", message);

/** A validation error on one field ("_": the whole form), as forms show it and the API answers it. */
export function fieldError(field: string, messageKey: string, code: ErrorCode = "VALIDATION_FAILED"): AppError {
  return new AppError(code, code === "VALIDATION_FAILED" ? "The input is not valid." : "Refused.", {
    [field]: messageKey,
  });
}
