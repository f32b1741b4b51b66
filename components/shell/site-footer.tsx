import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export async function SiteFooter() {
  const { t } = await getI18n();
  return (
    <footer role="contentinfo" className="mt-12 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto flex w-full max-w-5xl flex-col gap-3 px-4 py-6 text-sm text-gray-800 sm:flex-row sm:justify-between">
        <p className="max-w-xl">{t("footer.about")}</p>
        <ul className="flex flex-col gap-2">
          <li>
            <Link href="/saavutettavuusseloste">{t("footer.accessibility")}</Link>
          </li>
          <li>
            <Link href="/tietosuoja">{t("privacy.link")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
