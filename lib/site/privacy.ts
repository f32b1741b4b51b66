// The controller the privacy notice names: the organisation that runs the
// region's development library, configured per deployment.
import { env } from "@/lib/env";

export type PrivacyController = { name: string; contact: string; email: string };

export function privacyController(): PrivacyController {
  const { ORGANISATION_NAME, ORGANISATION_CONTACT, PRIVACY_CONTACT_EMAIL } = env();
  return { name: ORGANISATION_NAME, contact: ORGANISATION_CONTACT, email: PRIVACY_CONTACT_EMAIL };
}
