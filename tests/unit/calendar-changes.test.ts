// What a change notice says: the differences between what a person last
// heard and the entry now, and one notice for several changes in a row.
import { describe, expect, it } from "vitest";
import {
  mergeChangeNotices,
  notifiableChanges,
  snapshotChanges,
  snapshotOf,
  type CalendarSnapshot,
} from "@/lib/calendar/changes";
import { sessionSnapshot } from "@/lib/calendar/events";
import { meetingSnapshot } from "@/lib/calendar/meetings";

const base: CalendarSnapshot = {
  title: "Ohjausryhmän kokous",
  startsAt: "2027-03-16T08:00:00.000Z",
  endsAt: "2027-03-16T10:00:00.000Z",
  place: "Sali A",
  remoteUrl: null,
};

describe("snapshots", () => {
  it("name what changed, in the mail's order, and treat equal instants and blank places as equal", () => {
    expect(snapshotChanges(base, { ...base })).toEqual([]);
    expect(snapshotChanges(base, { ...base, startsAt: "2027-03-16T08:00:00Z" })).toEqual([]);
    expect(
      snapshotChanges(base, {
        ...base,
        title: "Uusi",
        remoteUrl: "https://x.fi/a",
        place: "Sali B",
        endsAt: base.startsAt,
      }),
    ).toEqual(["time", "place", "remote", "title"]);
    expect(
      snapshotOf({ ...base, startsAt: new Date(base.startsAt), endsAt: new Date(base.endsAt), place: "  " }).place,
    ).toBeNull();
  });

  it("are what the entry shows: a session's offering title and place with its address, a meeting's safe link", () => {
    const session = sessionSnapshot({
      title: "Jyväskylä",
      offering: { title: "Työpaja" },
      startsAt: new Date(base.startsAt),
      endsAt: new Date(base.endsAt),
      place: null,
      remoteUrl: null,
      servicePoint: {
        name: "Pääkirjasto",
        address: "Vapaudenkatu 39",
        postalCode: "40100",
        city: "Jyväskylä",
        library: { name: "Jyväskylän kaupunginkirjasto" },
      },
    });
    expect(session).toMatchObject({
      title: "Työpaja – Jyväskylä",
      place: "Pääkirjasto, Jyväskylän kaupunginkirjasto, Vapaudenkatu 39, 40100 Jyväskylä",
    });
    const meeting = meetingSnapshot({
      title: "Kokous",
      startsAt: new Date(base.startsAt),
      endsAt: new Date(base.endsAt),
      location: null,
      remoteUrl: "javascript:alert(1)",
    });
    expect(meeting).toMatchObject({ place: null, remoteUrl: null });
  });

  it("tell people of a new time, place or link, not of a new title alone", () => {
    expect(notifiableChanges(["title"])).toEqual([]);
    expect(notifiableChanges(["remote", "title"])).toEqual(["remote", "title"]);
  });
});

describe("notices still waiting", () => {
  it("fold into one: the oldest 'before', every change named once", () => {
    const second = { ...base, place: "Sali B" };
    const merged = mergeChangeNotices(
      [
        { changes: ["place"], before: base },
        { changes: ["time", "place"], before: second },
      ],
      { changes: ["remote"], before: { ...second, remoteUrl: "https://x.fi/a" } },
    );
    expect(merged).toEqual({ changes: ["time", "place", "remote"], before: base });
    // A notice queued before "before" was kept has none; the next one's is used.
    expect(mergeChangeNotices([{ changes: ["time"] }], { changes: ["place"], before: second })).toEqual({
      changes: ["time", "place"],
      before: second,
    });
  });
});
