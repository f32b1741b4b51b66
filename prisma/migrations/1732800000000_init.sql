-- PiKe-portaali: initial database schema.
--
-- Creates every enum type, table, primary key, unique index, index and foreign
-- key described by prisma/schema.prisma, named as Prisma names them
-- ("<Model>_pkey", "<Model>_<cols>_key", "<Model>_<cols>_idx",
-- "<Model>_<cols>_fkey"), plus the PostgreSQL-only parts that schema.prisma
-- cannot express:
--   * the btree_gist extension (kept when rolled back);
--   * generated, weighted Finnish full-text "searchVector" columns (tsvector)
--     on Meeting, AgendaItem, LibraryUpdate, Decision and ActionItem, each with
--     a GIN index;
--   * CHECK constraints (seat counts, time ranges, ratings, positions,
--     non-blank names, lower-case e-mail, action item owners, ...);
--   * a partial unique index on waitlist positions of an enrolment's session;
--   * the exclusion constraint "KitReservation_no_overlap" that refuses
--     overlapping live reservations of one kit, widened by shipping days.
-- The rollback section drops all tables, then all enum types.

-- Up Migration

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ───────────────────────────── enums ─────────────────────────────

CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'STEERING', 'SUPERVISOR', 'STAFF');
CREATE TYPE "Locale" AS ENUM ('fi', 'en');
CREATE TYPE "Region" AS ENUM ('PIRKANMAA', 'KESKI_SUOMI');
CREATE TYPE "Consortium" AS ENUM ('PIKI', 'KESKI', 'OTHER');
CREATE TYPE "ServicePointKind" AS ENUM ('MAIN', 'BRANCH', 'BOOKMOBILE', 'SELF_SERVICE');
CREATE TYPE "ServicePointStatus" AS ENUM ('OPEN', 'UNDER_REVIEW', 'RENOVATION', 'CLOSED');
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'AGENDA_PUBLISHED', 'MINUTES_DRAFT', 'MINUTES_APPROVED');
CREATE TYPE "AgendaItemKind" AS ENUM ('STANDARD', 'OPENING', 'NEWS_ROUND', 'PREVIOUS_ACTIONS', 'OTHER_MATTERS', 'NEXT_MEETING', 'CLOSING');
CREATE TYPE "MaterialKind" AS ENUM ('FILE', 'LINK');
CREATE TYPE "MaterialVisibility" AS ENUM ('MEETING', 'COORDINATORS');
CREATE TYPE "ActionItemStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');
CREATE TYPE "AttendanceStatus" AS ENUM ('INVITED', 'PRESENT', 'REMOTE', 'ABSENT');
CREATE TYPE "PollStatus" AS ENUM ('OPEN', 'CLOSED');
CREATE TYPE "PollAnswer" AS ENUM ('YES', 'IF_NEED_BE', 'NO');
CREATE TYPE "MenuStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');
CREATE TYPE "OfferingKind" AS ENUM ('WORKSHOP', 'TRAINING_DAY', 'WEBINAR', 'PROGRAMME', 'KIT', 'MENTORING', 'EVENT');
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'CANCELLED');
CREATE TYPE "Eligibility" AS ENUM ('REGION', 'LIBRARY');
CREATE TYPE "EnrolmentStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW');
CREATE TYPE "WorkshopOrderStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'SCHEDULED', 'DECLINED');
CREATE TYPE "KitStatus" AS ENUM ('AVAILABLE', 'MAINTENANCE', 'RETIRED');
CREATE TYPE "KitReservationStatus" AS ENUM ('REQUESTED', 'CONFIRMED', 'CANCELLED', 'RETURNED');
CREATE TYPE "MembershipRole" AS ENUM ('CHAIR', 'MEMBER');
CREATE TYPE "MembershipStatus" AS ENUM ('PENDING', 'ACTIVE', 'LEFT');
CREATE TYPE "ExchangeApplicationStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'COMPLETED');

-- ───────────────────────────── users and sign-in ─────────────────────────────

CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "title" TEXT,
    "roles" "Role"[] NOT NULL DEFAULT ARRAY['STAFF']::"Role"[],
    "libraryId" UUID,
    "locale" "Locale" NOT NULL DEFAULT 'fi',
    "calendarToken" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Account" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier", "token")
);

CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key", "windowStart")
);

CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- ───────────────────────────── libraries ─────────────────────────────

CREATE TABLE "Library" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "region" "Region" NOT NULL,
    "consortium" "Consortium" NOT NULL,
    "website" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "emailDomains" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Library_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ServicePoint" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "libraryId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ServicePointKind" NOT NULL,
    "selfServiceHours" BOOLEAN NOT NULL DEFAULT false,
    "status" "ServicePointStatus" NOT NULL DEFAULT 'OPEN',
    "address" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "note" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServicePoint_pkey" PRIMARY KEY ("id")
);

-- ───────────────────────────── meetings ─────────────────────────────

CREATE TABLE "Meeting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT,
    "remoteUrl" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "chairId" UUID,
    "secretaryId" UUID,
    "summary" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Unsupported("tsvector") in schema.prisma: generated, never written by the app.
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('finnish', coalesce("summary", '')), 'B') ||
        setweight(to_tsvector('finnish', coalesce("location", '')), 'C')
    ) STORED,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "AgendaItemKind" NOT NULL DEFAULT 'STANDARD',
    "title" TEXT NOT NULL,
    "body" TEXT,
    "minutes" TEXT,
    "presenterId" UUID,
    "presenterName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Unsupported("tsvector") in schema.prisma: generated, never written by the app.
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('finnish', coalesce("body", '')), 'B') ||
        setweight(to_tsvector('finnish', coalesce("minutes", '')), 'B') ||
        setweight(to_tsvector('finnish', coalesce("presenterName", '')), 'C')
    ) STORED,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Material" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agendaItemId" UUID NOT NULL,
    "kind" "MaterialKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "content" BYTEA,
    "sha256" TEXT,
    "visibility" "MaterialVisibility" NOT NULL DEFAULT 'MEETING',
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Material_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MinutesRevision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agendaItemId" UUID NOT NULL,
    "minutes" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesRevision_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MeetingAttendance" (
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL DEFAULT 'INVITED',
    "note" TEXT,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId", "userId")
);

CREATE TABLE "LibraryUpdate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "libraryId" UUID NOT NULL,
    "authorId" UUID,
    "budget" TEXT,
    "staffing" TEXT,
    "projects" TEXT,
    "events" TEXT,
    "body" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Unsupported("tsvector") in schema.prisma: generated, never written by the app.
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish', coalesce("body", '')), 'B') ||
        setweight(to_tsvector('finnish', coalesce("projects", '')), 'B') ||
        setweight(to_tsvector('finnish', coalesce("events", '')), 'B') ||
        setweight(to_tsvector('finnish', coalesce("budget", '')), 'C') ||
        setweight(to_tsvector('finnish', coalesce("staffing", '')), 'C')
    ) STORED,

    CONSTRAINT "LibraryUpdate_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Decision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Unsupported("tsvector") in schema.prisma: generated, never written by the app.
    -- A decision's text is its headline, hence weight A.
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish', coalesce("text", '')), 'A')
    ) STORED,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "originMeetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerUserId" UUID,
    "ownerLibraryId" UUID,
    "ownerName" TEXT,
    "dueDate" DATE,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'OPEN',
    "closedInMeetingId" UUID,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Unsupported("tsvector") in schema.prisma: generated, never written by the app.
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('finnish', coalesce("description", '')), 'B') ||
        setweight(to_tsvector('finnish', coalesce("ownerName", '')), 'C')
    ) STORED,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SchedulingPoll" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT,
    "forMeetingId" UUID,
    "chosenMeetingId" UUID,
    "status" "PollStatus" NOT NULL DEFAULT 'OPEN',
    "closesAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchedulingPoll_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PollOption" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "pollId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PollOption_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PollVote" (
    "optionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "answer" "PollAnswer" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PollVote_pkey" PRIMARY KEY ("optionId", "userId")
);

CREATE TABLE "Page" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- ───────────────────────────── trainings ─────────────────────────────

CREATE TABLE "Theme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "nameFi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TrainingMenu" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "MenuStatus" NOT NULL DEFAULT 'DRAFT',
    "intro" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingMenu_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Offering" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "menuId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OfferingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "description" TEXT,
    "audience" TEXT,
    "trainerName" TEXT,
    "trainerId" UUID,
    "orderable" BOOLEAN NOT NULL DEFAULT false,
    "networkId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Offering_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "OfferingTheme" (
    "offeringId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "OfferingTheme_pkey" PRIMARY KEY ("offeringId", "themeId")
);

CREATE TABLE "TrainingSession" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offeringId" UUID NOT NULL,
    "title" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "servicePointId" UUID,
    "place" TEXT,
    "remoteUrl" TEXT,
    "hostLibraryId" UUID,
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "registrationOpensAt" TIMESTAMPTZ(3),
    "registrationClosesAt" TIMESTAMPTZ(3),
    "eligibility" "Eligibility" NOT NULL DEFAULT 'REGION',
    "restrictedLibraryId" UUID,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "EnrolmentStatus" NOT NULL,
    "waitlistPosition" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "WorkshopOrder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offeringId" UUID NOT NULL,
    "libraryId" UUID NOT NULL,
    "requestedById" UUID,
    "preferredDates" TEXT,
    "expectedParticipants" INTEGER,
    "message" TEXT,
    "status" "WorkshopOrderStatus" NOT NULL DEFAULT 'REQUESTED',
    "declineReason" TEXT,
    "sessionId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopOrder_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Interest" (
    "userId" UUID NOT NULL,
    "offeringId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Interest_pkey" PRIMARY KEY ("userId", "offeringId")
);

CREATE TABLE "Feedback" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "enrolmentId" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- ───────────────────────────── programmes ─────────────────────────────

CREATE TABLE "ProgrammeModule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offeringId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ProgrammeModule_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ModuleCompletion" (
    "moduleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "completedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "ModuleCompletion_pkey" PRIMARY KEY ("moduleId", "userId")
);

-- ───────────────────────────── kits ─────────────────────────────

CREATE TABLE "Kit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "themeId" UUID,
    "contents" JSONB NOT NULL DEFAULT '[]'::jsonb,
    "homeLibraryId" UUID,
    "shippingDays" INTEGER NOT NULL DEFAULT 2,
    "status" "KitStatus" NOT NULL DEFAULT 'AVAILABLE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kit_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "KitReservation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kitId" UUID NOT NULL,
    "libraryId" UUID NOT NULL,
    "requestedById" UUID,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "shippingDays" INTEGER NOT NULL DEFAULT 0,
    "status" "KitReservationStatus" NOT NULL DEFAULT 'REQUESTED',
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KitReservation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "KitHandover" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kitId" UUID NOT NULL,
    "reservationId" UUID,
    "fromLibraryId" UUID,
    "toLibraryId" UUID,
    "handedOverAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checklist" JSONB NOT NULL DEFAULT '[]'::jsonb,
    "condition" TEXT,
    "recordedById" UUID,

    CONSTRAINT "KitHandover_pkey" PRIMARY KEY ("id")
);

-- ───────────────────────────── networks ─────────────────────────────

CREATE TABLE "Network" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "playbook" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "NetworkMembership" (
    "networkId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "status" "MembershipStatus" NOT NULL DEFAULT 'PENDING',
    "message" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkMembership_pkey" PRIMARY KEY ("networkId", "userId")
);

-- ───────────────────────────── exchanges ─────────────────────────────

CREATE TABLE "ExchangeRound" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "applicationOpensAt" DATE NOT NULL,
    "applicationClosesAt" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeRound_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ExchangeOffer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "roundId" UUID NOT NULL,
    "hostLibraryId" UUID NOT NULL,
    "hostPersonId" UUID,
    "hostName" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "themes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "places" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeOffer_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ExchangeApplication" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "applicantId" UUID NOT NULL,
    "fromLibraryId" UUID,
    "motivation" TEXT,
    "status" "ExchangeApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeApplication_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ExchangeReport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "applicationId" UUID NOT NULL,
    "experience" TEXT NOT NULL,
    "consentToPublish" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeReport_pkey" PRIMARY KEY ("id")
);

-- ───────────────────────────── unique indexes (@unique, @@unique) ─────────────────────────────

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_calendarToken_key" ON "User"("calendarToken");
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");
CREATE UNIQUE INDEX "Library_slug_key" ON "Library"("slug");
CREATE UNIQUE INDEX "ServicePoint_libraryId_name_key" ON "ServicePoint"("libraryId", "name");
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");
CREATE UNIQUE INDEX "LibraryUpdate_meetingId_libraryId_key" ON "LibraryUpdate"("meetingId", "libraryId");
CREATE UNIQUE INDEX "SchedulingPoll_chosenMeetingId_key" ON "SchedulingPoll"("chosenMeetingId");
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");
CREATE UNIQUE INDEX "TrainingMenu_slug_key" ON "TrainingMenu"("slug");
CREATE UNIQUE INDEX "Offering_slug_key" ON "Offering"("slug");
CREATE UNIQUE INDEX "Enrolment_sessionId_userId_key" ON "Enrolment"("sessionId", "userId");
CREATE UNIQUE INDEX "WorkshopOrder_sessionId_key" ON "WorkshopOrder"("sessionId");
CREATE UNIQUE INDEX "Feedback_enrolmentId_key" ON "Feedback"("enrolmentId");
CREATE UNIQUE INDEX "ProgrammeModule_offeringId_position_key" ON "ProgrammeModule"("offeringId", "position");
CREATE UNIQUE INDEX "Kit_slug_key" ON "Kit"("slug");
CREATE UNIQUE INDEX "Network_slug_key" ON "Network"("slug");
CREATE UNIQUE INDEX "ExchangeRound_year_title_key" ON "ExchangeRound"("year", "title");
CREATE UNIQUE INDEX "ExchangeApplication_offerId_applicantId_key" ON "ExchangeApplication"("offerId", "applicantId");
CREATE UNIQUE INDEX "ExchangeReport_applicationId_key" ON "ExchangeReport"("applicationId");

-- ───────────────────────────── indexes (@@index) ─────────────────────────────

CREATE INDEX "Account_userId_idx" ON "Account"("userId");
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");
CREATE INDEX "Library_region_sortOrder_idx" ON "Library"("region", "sortOrder");
CREATE INDEX "ServicePoint_status_idx" ON "ServicePoint"("status");
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");
CREATE INDEX "Meeting_status_idx" ON "Meeting"("status");
CREATE INDEX "Material_agendaItemId_idx" ON "Material"("agendaItemId");
CREATE INDEX "MinutesRevision_agendaItemId_createdAt_idx" ON "MinutesRevision"("agendaItemId", "createdAt");
CREATE INDEX "MeetingAttendance_userId_idx" ON "MeetingAttendance"("userId");
CREATE INDEX "LibraryUpdate_libraryId_idx" ON "LibraryUpdate"("libraryId");
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");
CREATE INDEX "Decision_agendaItemId_idx" ON "Decision"("agendaItemId");
CREATE INDEX "ActionItem_status_dueDate_idx" ON "ActionItem"("status", "dueDate");
CREATE INDEX "ActionItem_originMeetingId_idx" ON "ActionItem"("originMeetingId");
CREATE INDEX "ActionItem_ownerUserId_idx" ON "ActionItem"("ownerUserId");
CREATE INDEX "ActionItem_ownerLibraryId_idx" ON "ActionItem"("ownerLibraryId");
CREATE INDEX "PollOption_pollId_startsAt_idx" ON "PollOption"("pollId", "startsAt");
CREATE INDEX "PollVote_userId_idx" ON "PollVote"("userId");
CREATE INDEX "TrainingMenu_status_periodStart_idx" ON "TrainingMenu"("status", "periodStart");
CREATE INDEX "Offering_menuId_sortOrder_idx" ON "Offering"("menuId", "sortOrder");
CREATE INDEX "Offering_kind_idx" ON "Offering"("kind");
CREATE INDEX "OfferingTheme_themeId_idx" ON "OfferingTheme"("themeId");
CREATE INDEX "TrainingSession_offeringId_startsAt_idx" ON "TrainingSession"("offeringId", "startsAt");
CREATE INDEX "TrainingSession_startsAt_idx" ON "TrainingSession"("startsAt");
CREATE INDEX "Enrolment_userId_idx" ON "Enrolment"("userId");
CREATE INDEX "Enrolment_sessionId_status_waitlistPosition_idx" ON "Enrolment"("sessionId", "status", "waitlistPosition");
CREATE INDEX "WorkshopOrder_libraryId_idx" ON "WorkshopOrder"("libraryId");
CREATE INDEX "WorkshopOrder_status_idx" ON "WorkshopOrder"("status");
CREATE INDEX "Interest_offeringId_idx" ON "Interest"("offeringId");
CREATE INDEX "ModuleCompletion_userId_idx" ON "ModuleCompletion"("userId");
CREATE INDEX "KitReservation_kitId_startDate_idx" ON "KitReservation"("kitId", "startDate");
CREATE INDEX "KitReservation_libraryId_idx" ON "KitReservation"("libraryId");
CREATE INDEX "KitHandover_kitId_handedOverAt_idx" ON "KitHandover"("kitId", "handedOverAt");
CREATE INDEX "NetworkMembership_userId_idx" ON "NetworkMembership"("userId");
CREATE INDEX "ExchangeOffer_roundId_idx" ON "ExchangeOffer"("roundId");
CREATE INDEX "ExchangeApplication_applicantId_idx" ON "ExchangeApplication"("applicantId");

-- ───────────────────────────── foreign keys ─────────────────────────────

ALTER TABLE "User" ADD CONSTRAINT "User_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ServicePoint" ADD CONSTRAINT "ServicePoint_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_secretaryId_fkey" FOREIGN KEY ("secretaryId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Material" ADD CONSTRAINT "Material_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Material" ADD CONSTRAINT "Material_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LibraryUpdate" ADD CONSTRAINT "LibraryUpdate_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LibraryUpdate" ADD CONSTRAINT "LibraryUpdate_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LibraryUpdate" ADD CONSTRAINT "LibraryUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_originMeetingId_fkey" FOREIGN KEY ("originMeetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerLibraryId_fkey" FOREIGN KEY ("ownerLibraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_closedInMeetingId_fkey" FOREIGN KEY ("closedInMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SchedulingPoll" ADD CONSTRAINT "SchedulingPoll_forMeetingId_fkey" FOREIGN KEY ("forMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SchedulingPoll" ADD CONSTRAINT "SchedulingPoll_chosenMeetingId_fkey" FOREIGN KEY ("chosenMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SchedulingPoll" ADD CONSTRAINT "SchedulingPoll_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "PollOption" ADD CONSTRAINT "PollOption_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "SchedulingPoll"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PollVote" ADD CONSTRAINT "PollVote_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "PollOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PollVote" ADD CONSTRAINT "PollVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_menuId_fkey" FOREIGN KEY ("menuId") REFERENCES "TrainingMenu"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "OfferingTheme" ADD CONSTRAINT "OfferingTheme_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OfferingTheme" ADD CONSTRAINT "OfferingTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_servicePointId_fkey" FOREIGN KEY ("servicePointId") REFERENCES "ServicePoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_hostLibraryId_fkey" FOREIGN KEY ("hostLibraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_restrictedLibraryId_fkey" FOREIGN KEY ("restrictedLibraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkshopOrder" ADD CONSTRAINT "WorkshopOrder_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkshopOrder" ADD CONSTRAINT "WorkshopOrder_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WorkshopOrder" ADD CONSTRAINT "WorkshopOrder_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "WorkshopOrder" ADD CONSTRAINT "WorkshopOrder_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Interest" ADD CONSTRAINT "Interest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Interest" ADD CONSTRAINT "Interest_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProgrammeModule" ADD CONSTRAINT "ProgrammeModule_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ModuleCompletion" ADD CONSTRAINT "ModuleCompletion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "ProgrammeModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ModuleCompletion" ADD CONSTRAINT "ModuleCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Kit" ADD CONSTRAINT "Kit_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Kit" ADD CONSTRAINT "Kit_homeLibraryId_fkey" FOREIGN KEY ("homeLibraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "KitHandover" ADD CONSTRAINT "KitHandover_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KitHandover" ADD CONSTRAINT "KitHandover_reservationId_fkey" FOREIGN KEY ("reservationId") REFERENCES "KitReservation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "KitHandover" ADD CONSTRAINT "KitHandover_fromLibraryId_fkey" FOREIGN KEY ("fromLibraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "KitHandover" ADD CONSTRAINT "KitHandover_toLibraryId_fkey" FOREIGN KEY ("toLibraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "KitHandover" ADD CONSTRAINT "KitHandover_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "NetworkMembership" ADD CONSTRAINT "NetworkMembership_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NetworkMembership" ADD CONSTRAINT "NetworkMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExchangeOffer" ADD CONSTRAINT "ExchangeOffer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ExchangeRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExchangeOffer" ADD CONSTRAINT "ExchangeOffer_hostLibraryId_fkey" FOREIGN KEY ("hostLibraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExchangeOffer" ADD CONSTRAINT "ExchangeOffer_hostPersonId_fkey" FOREIGN KEY ("hostPersonId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ExchangeApplication" ADD CONSTRAINT "ExchangeApplication_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "ExchangeOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExchangeApplication" ADD CONSTRAINT "ExchangeApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExchangeApplication" ADD CONSTRAINT "ExchangeApplication_fromLibraryId_fkey" FOREIGN KEY ("fromLibraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ExchangeReport" ADD CONSTRAINT "ExchangeReport_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ExchangeApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────────── PostgreSQL-only (not in schema.prisma) ─────────────────────────────

-- Full-text search.
CREATE INDEX "Meeting_searchVector_idx" ON "Meeting" USING GIN ("searchVector");
CREATE INDEX "AgendaItem_searchVector_idx" ON "AgendaItem" USING GIN ("searchVector");
CREATE INDEX "LibraryUpdate_searchVector_idx" ON "LibraryUpdate" USING GIN ("searchVector");
CREATE INDEX "Decision_searchVector_idx" ON "Decision" USING GIN ("searchVector");
CREATE INDEX "ActionItem_searchVector_idx" ON "ActionItem" USING GIN ("searchVector");

-- Users: e-mail addresses are stored lower-case.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase_check" CHECK ("email" = lower("email"));

-- Non-blank names and titles.
ALTER TABLE "Library" ADD CONSTRAINT "Library_name_not_blank_check" CHECK (length(trim("name")) > 0);
ALTER TABLE "ServicePoint" ADD CONSTRAINT "ServicePoint_name_not_blank_check" CHECK (length(trim("name")) > 0);
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_title_not_blank_check" CHECK (length(trim("title")) > 0);
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_title_not_blank_check" CHECK (length(trim("title")) > 0);

-- Meetings and scheduling polls.
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_endsAt_after_startsAt_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "PollOption" ADD CONSTRAINT "PollOption_endsAt_after_startsAt_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_position_check" CHECK ("position" >= 1);

-- Action items: someone owns each one; a DONE item has a closing time.
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_owner_check"
    CHECK ("ownerUserId" IS NOT NULL OR "ownerLibraryId" IS NOT NULL OR "ownerName" IS NOT NULL);
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_done_closedAt_check"
    CHECK ("status" <> 'DONE' OR "closedAt" IS NOT NULL);

-- Training menus and sessions.
ALTER TABLE "TrainingMenu" ADD CONSTRAINT "TrainingMenu_period_check" CHECK ("periodEnd" >= "periodStart");
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_capacity_check" CHECK ("capacity" >= 0);
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_seatsTaken_check"
    CHECK ("seatsTaken" >= 0 AND "seatsTaken" <= "capacity");
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_endsAt_after_startsAt_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_registration_window_check"
    CHECK (
        ("registrationClosesAt" IS NULL OR "registrationClosesAt" <= "startsAt")
        AND ("registrationOpensAt" IS NULL OR "registrationClosesAt" IS NULL
             OR "registrationOpensAt" < "registrationClosesAt")
    );
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_eligibility_check"
    CHECK (("eligibility" = 'LIBRARY') = ("restrictedLibraryId" IS NOT NULL));

-- Enrolments: exactly the waitlisted ones carry a (positive, per-session unique) queue position.
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_waitlistPosition_check"
    CHECK (("status" = 'WAITLISTED') = ("waitlistPosition" IS NOT NULL AND "waitlistPosition" > 0));
CREATE UNIQUE INDEX "Enrolment_sessionId_waitlistPosition_waitlisted_key"
    ON "Enrolment"("sessionId", "waitlistPosition") WHERE "status" = 'WAITLISTED';

ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_rating_check" CHECK ("rating" BETWEEN 1 AND 5);

ALTER TABLE "ProgrammeModule" ADD CONSTRAINT "ProgrammeModule_position_check" CHECK ("position" >= 1);

-- Kits: no two live reservations of one kit may overlap, each widened by its shipping days.
ALTER TABLE "Kit" ADD CONSTRAINT "Kit_shippingDays_check" CHECK ("shippingDays" >= 0);
ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_dates_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_shippingDays_check" CHECK ("shippingDays" >= 0);
ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_no_overlap"
    EXCLUDE USING gist (
        "kitId" WITH =,
        daterange("startDate" - "shippingDays", "endDate" + "shippingDays", '[]') WITH &&
    ) WHERE ("status" IN ('REQUESTED', 'CONFIRMED'));

-- Exchanges.
ALTER TABLE "ExchangeRound" ADD CONSTRAINT "ExchangeRound_application_window_check"
    CHECK ("applicationClosesAt" >= "applicationOpensAt");
ALTER TABLE "ExchangeOffer" ADD CONSTRAINT "ExchangeOffer_dates_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "ExchangeOffer" ADD CONSTRAINT "ExchangeOffer_places_check" CHECK ("places" >= 1);

-- Down Migration

DROP TABLE "ExchangeReport";
DROP TABLE "ExchangeApplication";
DROP TABLE "ExchangeOffer";
DROP TABLE "ExchangeRound";
DROP TABLE "NetworkMembership";
DROP TABLE "KitHandover";
DROP TABLE "KitReservation";
DROP TABLE "Kit";
DROP TABLE "ModuleCompletion";
DROP TABLE "ProgrammeModule";
DROP TABLE "Feedback";
DROP TABLE "Interest";
DROP TABLE "WorkshopOrder";
DROP TABLE "Enrolment";
DROP TABLE "TrainingSession";
DROP TABLE "OfferingTheme";
DROP TABLE "Offering";
DROP TABLE "Network";
DROP TABLE "TrainingMenu";
DROP TABLE "Theme";
DROP TABLE "Page";
DROP TABLE "PollVote";
DROP TABLE "PollOption";
DROP TABLE "SchedulingPoll";
DROP TABLE "ActionItem";
DROP TABLE "Decision";
DROP TABLE "LibraryUpdate";
DROP TABLE "MeetingAttendance";
DROP TABLE "MinutesRevision";
DROP TABLE "Material";
DROP TABLE "AgendaItem";
DROP TABLE "Meeting";
DROP TABLE "ServicePoint";
DROP TABLE "AuditEvent";
DROP TABLE "RateLimit";
DROP TABLE "VerificationToken";
DROP TABLE "Session";
DROP TABLE "Account";
DROP TABLE "User";
DROP TABLE "Library";

DROP TYPE "ExchangeApplicationStatus";
DROP TYPE "MembershipStatus";
DROP TYPE "MembershipRole";
DROP TYPE "KitReservationStatus";
DROP TYPE "KitStatus";
DROP TYPE "WorkshopOrderStatus";
DROP TYPE "EnrolmentStatus";
DROP TYPE "Eligibility";
DROP TYPE "SessionStatus";
DROP TYPE "OfferingKind";
DROP TYPE "MenuStatus";
DROP TYPE "PollAnswer";
DROP TYPE "PollStatus";
DROP TYPE "AttendanceStatus";
DROP TYPE "ActionItemStatus";
DROP TYPE "MaterialVisibility";
DROP TYPE "MaterialKind";
DROP TYPE "AgendaItemKind";
DROP TYPE "MeetingStatus";
DROP TYPE "ServicePointStatus";
DROP TYPE "ServicePointKind";
DROP TYPE "Consortium";
DROP TYPE "Region";
DROP TYPE "Locale";
DROP TYPE "Role";

-- The btree_gist extension is deliberately kept.
