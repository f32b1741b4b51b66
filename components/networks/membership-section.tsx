// The network page's membership part (ADR 29): the reader's own state and
// form (ask to join, pending, leave), a chair's pending requests with approve
// and decline, and the members grouped by library for signed-in readers.
// The data arrives from the page; what the reader may not see is null.
import type { FormText } from "@/components/forms/form-parts";
import { formatDate } from "@/lib/dates";
import type { FormState } from "@/lib/http/form-state";
import type { Translate } from "@/lib/i18n/translate";
import type { LibraryGroup, OwnMembership, PendingRequest } from "@/lib/networks/data";
import { displayName } from "@/lib/users/rules";
import { DecideRequestForms, JoinNetworkForm, LeaveNetworkForm } from "./membership-forms";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export function MembershipSection({
  network,
  signedIn,
  mayJoin,
  own,
  pending,
  members,
  actions,
  text,
  t,
}: {
  network: { id: string; slug: string };
  signedIn: boolean;
  mayJoin: boolean;
  own: OwnMembership | null;
  pending: PendingRequest[] | null;
  members: LibraryGroup[] | null;
  actions: { join: Action; leave: Action; decide: Action };
  text: FormText;
  t: Translate;
}) {
  const common = { networkId: network.id, slug: network.slug, text };
  return (
    <>
      {signedIn && (own?.status === "ACTIVE" || own?.status === "PENDING" || mayJoin) ? (
        <section aria-labelledby="jasenyys" className="mb-8 space-y-3">
          <h2 id="jasenyys" className={H2}>
            {t("networks.membership.title")}
          </h2>
          {own?.status === "ACTIVE" ? (
            <>
              <p>{t(own.role === "CHAIR" ? "networks.membership.chair" : "networks.membership.member")}</p>
              <LeaveNetworkForm action={actions.leave} {...common} label={t("networks.membership.leave")} />
            </>
          ) : own?.status === "PENDING" ? (
            <>
              <p>{t("networks.membership.pending")}</p>
              <LeaveNetworkForm action={actions.leave} {...common} label={t("networks.membership.withdraw")} />
            </>
          ) : mayJoin ? (
            <>
              {own?.status === "DECLINED" ? <p>{t("networks.membership.declined")}</p> : null}
              <JoinNetworkForm action={actions.join} {...common} />
            </>
          ) : null}
        </section>
      ) : null}
      {pending ? (
        <section aria-labelledby="pyynnot" className="mb-8">
          <h2 id="pyynnot" className={H2}>
            {t("networks.pending.title")}
          </h2>
          {pending.length === 0 ? (
            <p>{t("networks.pending.none")}</p>
          ) : (
            <ul className="space-y-6">
              {pending.map((request) => {
                const person = displayName(request, t);
                return (
                  <li key={request.userId} className="rounded border border-gray-300 p-4">
                    <p className="font-semibold">
                      {request.libraryName
                        ? t("networks.chairWithLibrary", { name: person, library: request.libraryName })
                        : person}
                    </p>
                    {request.requestedAt ? (
                      <p className="text-sm">
                        {t("networks.pending.asked", { date: formatDate(request.requestedAt) })}
                      </p>
                    ) : null}
                    {request.message ? <p className="my-2 whitespace-pre-line">{request.message}</p> : null}
                    <DecideRequestForms action={actions.decide} {...common} userId={request.userId} person={person} />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : null}
      {members ? (
        <section aria-labelledby="jasenet" className="mb-8">
          <h2 id="jasenet" className={H2}>
            {t("networks.members.title")}
          </h2>
          {members.length === 0 ? (
            <p>{t("networks.members.none")}</p>
          ) : (
            members.map((group) => (
              <div key={group.libraryName ?? "-"} className="mb-4">
                <h3 className="text-lg font-semibold">{group.libraryName ?? t("networks.members.noLibrary")}</h3>
                <ul className="list-disc pl-6">
                  {group.members.map((m) => (
                    <li key={m.userId}>
                      {displayName(m, t)}
                      {m.role === "CHAIR" ? ` (${t("networks.field.chair").toLowerCase()})` : ""}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </section>
      ) : null}
    </>
  );
}
