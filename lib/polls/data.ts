// Reads of scheduling polls. Polls exist only for those who may answer them
// (the steering group and coordinators): for anyone else every read is empty
// or null, which pages turn into 404. The meetings a poll points to are shown
// only when the actor may see them.
import "server-only";
import { cache } from "react";
import { can, canSeeMeeting, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { MeetingStatus, PollAnswer, PollStatus } from "@/lib/db/enums";
import { bestOptionId, closedByDeadline, isPollOpen, MIN_OPTIONS, tallyVotes, type OptionTally } from "./rules";
import { isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonName, toPersonNameOrNull } from "@/lib/users/data";
import { compareByName, type PersonName } from "@/lib/users/rules";

export type PollMeetingRef = { id: string; title: string; startsAt: Date; endsAt: Date };

export type PollListItem = {
  id: string;
  title: string;
  status: PollStatus;
  /** Takes answers now: OPEN and not past its closing time. */
  isOpen: boolean;
  closesAt: Date | null;
  optionCount: number;
  firstStartsAt: Date | null;
  lastStartsAt: Date | null;
  /** Options the actor has not answered. */
  unansweredByMe: number;
  /** The poll became a meeting (whether or not the actor may see that meeting yet). */
  converted: boolean;
  chosenMeeting: PollMeetingRef | null;
};

const meetingSelect = { id: true, title: true, startsAt: true, endsAt: true, status: true } as const;

function visibleMeeting(
  actor: Actor,
  meeting: (PollMeetingRef & { status: MeetingStatus }) | null,
): PollMeetingRef | null {
  if (!meeting || !canSeeMeeting(actor, meeting.status)) return null;
  const { status: _status, ...ref } = meeting;
  return ref;
}

/** Open polls first (closing soonest first), then closed ones, newest first; null if polls are not for the actor. */
export async function listPollsForActor(
  actor: Actor | null,
  now: Date = new Date(),
): Promise<{ open: PollListItem[]; closed: PollListItem[] } | null> {
  if (!actor || !can(actor, "poll.answer")) return null;
  const polls = await db().schedulingPoll.findMany({
    select: {
      id: true,
      title: true,
      status: true,
      closesAt: true,
      createdAt: true,
      chosenMeetingId: true,
      chosenMeeting: { select: meetingSelect },
      options: {
        select: { startsAt: true, _count: { select: { votes: { where: { userId: actor.id } } } } },
        orderBy: { startsAt: "asc" },
      },
    },
    orderBy: { createdAt: "desc" },
  });
  const items = polls.map((poll): PollListItem => ({
    id: poll.id,
    title: poll.title,
    status: poll.status,
    isOpen: isPollOpen(poll, now),
    closesAt: poll.closesAt,
    optionCount: poll.options.length,
    firstStartsAt: poll.options[0]?.startsAt ?? null,
    lastStartsAt: poll.options.at(-1)?.startsAt ?? null,
    unansweredByMe: poll.options.filter((option) => option._count.votes === 0).length,
    converted: poll.chosenMeetingId !== null,
    chosenMeeting: visibleMeeting(actor, poll.chosenMeeting),
  }));
  const closing = (p: PollListItem) => p.closesAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return {
    open: items.filter((p) => p.isOpen).sort((a, b) => closing(a) - closing(b)),
    closed: items.filter((p) => !p.isOpen),
  };
}

export type PollRespondent = PersonName & { id: string };

export type PollDetail = {
  id: string;
  title: string;
  description: string | null;
  status: PollStatus;
  isOpen: boolean;
  /** Closed because its closing time came: the page says when. */
  closedByDeadline: boolean;
  closesAt: Date | null;
  createdAt: Date;
  createdBy: PersonName | null;
  forMeeting: PollMeetingRef | null;
  converted: boolean;
  chosenMeeting: PollMeetingRef | null;
  options: { id: string; startsAt: Date; endsAt: Date }[];
  /** optionId → answers given (yes, if need be and no): a coordinator removing an option is told what goes with it. */
  answerCounts: Record<string, number>;
  /** Options may be removed only while more than the minimum are left. */
  canRemoveOptions: boolean;
  /** The steering group, and anyone else who answered; by name. */
  respondents: PollRespondent[];
  /** optionId → userId → answer */
  answers: Record<string, Record<string, PollAnswer>>;
  myAnswers: Record<string, PollAnswer>;
  tallies: OptionTally[];
  bestOptionId: string | null;
  canManage: boolean;
};

/** One poll with every answer and the counts; null if unknown or not for the actor. Cached per request. */
export const getPollForActor = cache(
  async (actor: Actor | null, pollId: string, now: Date = new Date()): Promise<PollDetail | null> => {
    if (!actor || !can(actor, "poll.answer")) return null;
    if (!isUuid(pollId)) return null;
    const person = { id: true, ...personNameSelect } as const;
    const [poll, steering] = await Promise.all([
      db().schedulingPoll.findUnique({
        where: { id: pollId },
        select: {
          id: true,
          title: true,
          description: true,
          status: true,
          closesAt: true,
          createdAt: true,
          chosenMeetingId: true,
          createdBy: { select: personNameSelect },
          forMeeting: { select: meetingSelect },
          chosenMeeting: { select: meetingSelect },
          options: {
            select: {
              id: true,
              startsAt: true,
              endsAt: true,
              votes: { select: { userId: true, answer: true, user: { select: person } } },
            },
            orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }],
          },
        },
      }),
      db().user.findMany({ where: { roles: { has: "STEERING" } }, select: person }),
    ]);
    if (!poll) return null;

    const people = new Map<string, PollRespondent>();
    const addPerson = (user: (typeof steering)[number]) => people.set(user.id, { id: user.id, ...toPersonName(user) });
    steering.forEach(addPerson);
    const answers: PollDetail["answers"] = {};
    const votes = poll.options.flatMap((option) => {
      answers[option.id] = {};
      return option.votes.map((vote) => {
        addPerson(vote.user);
        answers[option.id]![vote.userId] = vote.answer;
        return { optionId: option.id, userId: vote.userId, answer: vote.answer };
      });
    });
    const respondents = [...people.values()].sort(compareByName);
    const options = poll.options.map(({ id, startsAt, endsAt }) => ({ id, startsAt, endsAt }));
    const tallies = tallyVotes(
      options,
      votes,
      steering.map((user) => user.id),
    );
    const myAnswers = Object.fromEntries(
      votes.filter((vote) => vote.userId === actor.id).map((vote) => [vote.optionId, vote.answer]),
    );
    return {
      id: poll.id,
      title: poll.title,
      description: poll.description,
      status: poll.status,
      isOpen: isPollOpen(poll, now),
      closedByDeadline: closedByDeadline(poll, now),
      closesAt: poll.closesAt,
      createdAt: poll.createdAt,
      createdBy: toPersonNameOrNull(poll.createdBy),
      forMeeting: visibleMeeting(actor, poll.forMeeting),
      converted: poll.chosenMeetingId !== null,
      chosenMeeting: visibleMeeting(actor, poll.chosenMeeting),
      options,
      answerCounts: Object.fromEntries(tallies.map((tally) => [tally.optionId, tally.yes + tally.ifNeedBe + tally.no])),
      canRemoveOptions: options.length > MIN_OPTIONS,
      respondents,
      answers,
      myAnswers,
      tallies,
      bestOptionId: bestOptionId(options, tallies),
      canManage: can(actor, "meeting.manage"),
    };
  },
);
