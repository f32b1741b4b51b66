// A library's job-shadowing offer (issue 15 item 2, ADR 30): its supervisor
// (for their own library) or a coordinator (for any) publishes it while the
// round's offer window is open (Helsinki days), its days within the round's
// visit period and its themes the training themes. The offer's contact is
// the person who publishes it. Audited; the public page shows it at once.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { EXCHANGES_TAG } from "@/lib/cache/tags";
import { type Actor, assertSignedIn, canActForLibrary } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import { helsinkiToday } from "@/lib/dates";
import { AppError, fieldError } from "@/lib/http/errors";
import { offerWindowOpen } from "../rules";
import { offerSchema } from "./schema";

type Options = { client?: Db; now?: Date };

export type PublishedOffer = { id: string; roundId: string };

async function publishOfferUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<PublishedOffer> {
  assertSignedIn(actor);
  const values = offerSchema.parse(input);
  if (!canActForLibrary(actor, values.hostLibraryId, "exchange.offer")) {
    throw new AppError("FORBIDDEN", "Only the library's supervisor or a coordinator may publish its offers.");
  }
  const today = helsinkiToday(options.now ?? new Date());
  return (options.client ?? db()).$transaction(
    async (tx) => {
      // One after another: a transaction's client runs one query at a time.
      const round = await tx.exchangeRound.findUnique({
        where: { id: values.roundId },
        select: {
          id: true,
          status: true,
          offerOpensAt: true,
          offerClosesAt: true,
          applicationOpensAt: true,
          applicationClosesAt: true,
          visitStartsOn: true,
          visitEndsOn: true,
        },
      });
      const library = await tx.library.findUnique({ where: { id: values.hostLibraryId }, select: { id: true } });
      const themes = await tx.theme.findMany({ where: { slug: { in: values.themes } }, select: { slug: true } });
      if (!round) throw fieldError("roundId", "exchangeRounds.error.unknownRound", "NOT_FOUND");
      if (!offerWindowOpen(round, today)) throw fieldError("roundId", "exchangeOffers.error.windowClosed", "CONFLICT");
      if (!library) throw fieldError("hostLibraryId", "validation.invalid");
      if (themes.length !== values.themes.length) throw fieldError("themes", "validation.invalid");
      if (values.startDate < round.visitStartsOn || values.endDate > round.visitEndsOn) {
        throw fieldError(
          values.startDate < round.visitStartsOn ? "startDate" : "endDate",
          "exchangeOffers.error.outsideVisits",
        );
      }
      const offer = await tx.exchangeOffer.create({
        data: {
          roundId: round.id,
          hostLibraryId: library.id,
          hostPersonId: actor.id,
          hostName: values.hostName ?? null,
          title: values.title,
          description: values.description,
          themes: values.themes,
          startDate: values.startDate,
          endDate: values.endDate,
          dates: values.dates,
          places: values.places,
          mode: values.mode,
          accessibilityNotes: values.accessibilityNotes ?? null,
          travelNotes: values.travelNotes ?? null,
        },
        select: { id: true, roundId: true },
      });
      await audit(
        tx,
        actor,
        "exchange.offer.publish",
        { type: "ExchangeOffer", id: offer.id },
        { summary: values.title },
      );
      return offer;
    },
    { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 },
  );
}

export const publishOffer = invalidating(publishOfferUncached, () => Promise.resolve([EXCHANGES_TAG]));
