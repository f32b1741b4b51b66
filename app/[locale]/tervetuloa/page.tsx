import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileForm } from "@/components/users/profile-form";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getOwnProfile, listLibrariesForEmail } from "@/lib/users/profile/data";
import { nextPathOf } from "@/lib/users/profile/schema";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("profile.welcomeTitle") };
}

/** A first sign-in's profile (issue 11); a given profile goes straight on to `seuraava`. */
export default async function WelcomePage({ searchParams }: PageProps<"/[locale]/tervetuloa">) {
  const next = nextPathOf((await searchParams).seuraava);
  const actor = await getActor();
  // Nobody signed in has no profile to give: sign in first, from the start.
  if (!actor) redirect("/kirjaudu");
  const profile = await getOwnProfile(actor);
  if (!profile) redirect("/kirjaudu");
  if (profile.profileCompletedAt) redirect(next);
  const [{ t, locale }, libraries] = await Promise.all([getI18n(), listLibrariesForEmail(profile.email)]);
  const current = libraries.find((library) => library.id === profile.libraryId) ?? libraries[0];
  return (
    <>
      <PageHeader title={t("profile.welcomeTitle")} lead={t("profile.welcomeLead")} />
      {libraries.length === 1 && current ? (
        <p className="mb-4">{t("profile.libraryFixed", { library: current.name })}</p>
      ) : null}
      <ProfileForm
        mode="welcome"
        next={next}
        defaults={{
          name: profile.name ?? "",
          title: profile.title ?? "",
          locale,
          libraryId: libraries.length > 1 ? (profile.libraryId ?? "") : "",
        }}
        libraries={libraries.map((library) => ({ value: library.id, label: library.name }))}
        text={pickText(t, ["profile."])}
      />
    </>
  );
}
