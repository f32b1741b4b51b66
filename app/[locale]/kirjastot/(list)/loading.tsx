import { Loading } from "@/components/ui/loading";
import { getI18n } from "@/lib/i18n/server";

export default async function LibrariesLoading() {
  const { t } = await getI18n();
  return <Loading label={t("common.loading")} />;
}
