/** The servers' AUTH_SECRET under test (playwright.config.ts), so that a test can mint a sign-in link as Auth.js stores it. */
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-1234";
