// Reads of agenda-item materials. Visibility lives in the `where`: a material
// of a meeting the actor may not see, or a coordinator-only material shown to
// anyone else, does not exist for them. File contents are read only by the
// download, a piece at a time.
import "server-only";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { bytesPool } from "@/lib/db/bytes";
import type { MaterialKind, MaterialVisibility, MeetingStatus } from "@/lib/db/enums";
import { canManageMeeting } from "@/lib/meetings/rules";
import { canEditMaterials, MATERIAL_CHUNK_BYTES, visibleMaterialVisibilities } from "./rules";
import { isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonNameOrNull, type PersonNameRow } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";

export type ManagedMaterial = {
  id: string;
  kind: MaterialKind;
  title: string;
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  visibility: MaterialVisibility;
  createdAt: Date;
  uploadedBy: PersonName | null;
};

export type MaterialsPage = {
  meeting: {
    id: string;
    title: string;
    status: MeetingStatus;
    secretaryId: string | null;
    startsAt: Date;
    endsAt: Date;
  };
  /** False once the minutes are approved: the list is shown, nothing can be added or removed. */
  editable: boolean;
  items: { id: string; position: number; title: string; materials: ManagedMaterial[] }[];
};

const managedMaterialSelect = {
  id: true,
  kind: true,
  title: true,
  url: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  visibility: true,
  createdAt: true,
  uploadedBy: { select: personNameSelect },
} as const;

function toManaged({
  uploadedBy,
  ...material
}: {
  uploadedBy: PersonNameRow | null;
} & Omit<ManagedMaterial, "uploadedBy">): ManagedMaterial {
  return { ...material, uploadedBy: toPersonNameOrNull(uploadedBy) };
}

/** The coordinators' materials page: every agenda item with all its materials; null unless the actor manages the meeting. */
export async function getMaterialsForManagement(actor: Actor | null, meetingId: string): Promise<MaterialsPage | null> {
  if (!actor || !isUuid(meetingId)) return null;
  const statuses = visibleMeetingStatuses(actor);
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, status: { in: statuses } },
    select: {
      id: true,
      title: true,
      status: true,
      secretaryId: true,
      startsAt: true,
      endsAt: true,
      agendaItems: {
        select: {
          id: true,
          position: true,
          title: true,
          materials: { select: managedMaterialSelect, orderBy: { createdAt: "asc" } },
        },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!meeting || !canManageMeeting(actor, meeting)) return null;
  const { agendaItems, ...rest } = meeting;
  return {
    meeting: rest,
    editable: canEditMaterials(actor, meeting),
    items: agendaItems.map((item) => ({ ...item, materials: item.materials.map(toManaged) })),
  };
}

export type MaterialForRemoval = {
  meeting: { id: string; title: string; status: MeetingStatus; secretaryId: string | null };
  item: { id: string; position: number; title: string };
  material: ManagedMaterial;
};

/** One material of the meeting for its removal step; null unless the actor manages the meeting. */
export async function getMaterialForRemoval(
  actor: Actor | null,
  meetingId: string,
  materialId: string,
): Promise<MaterialForRemoval | null> {
  if (!actor || !isUuid(meetingId) || !isUuid(materialId)) return null;
  const material = await db().material.findFirst({
    where: { id: materialId, agendaItem: { meetingId, meeting: { status: { in: visibleMeetingStatuses(actor) } } } },
    select: {
      ...managedMaterialSelect,
      agendaItem: {
        select: {
          id: true,
          position: true,
          title: true,
          meeting: { select: { id: true, title: true, status: true, secretaryId: true } },
        },
      },
    },
  });
  if (!material || !canManageMeeting(actor, material.agendaItem.meeting)) return null;
  const { agendaItem, ...rest } = material;
  const { meeting, ...item } = agendaItem;
  return { meeting, item, material: toManaged(rest) };
}

export type MaterialFile = {
  id: string;
  fileName: string;
  mimeType: string | null;
  sizeBytes: number;
  sha256: string | null;
  /** The bytes, read from the database a piece at a time as the reader pulls them. */
  content: ReadableStream<Uint8Array>;
};

/**
 * An uploaded file for download, if the actor may see its meeting and its
 * visibility; null for everything else (links, unknown ids, invisible ones).
 * The first piece is read at once (a small file is then complete, and a
 * missing one is a 404 before any header is sent); the rest as it is pulled.
 */
export async function getMaterialFileForActor(actor: Actor | null, materialId: string): Promise<MaterialFile | null> {
  if (!isUuid(materialId)) return null;
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return null;
  const material = await db().material.findFirst({
    where: {
      id: materialId,
      kind: "FILE",
      visibility: { in: visibleMaterialVisibilities(actor) },
      agendaItem: { meeting: { status: { in: statuses } } },
    },
    select: { id: true, title: true, fileName: true, mimeType: true, sha256: true },
  });
  if (!material) return null;
  // substring() of a bytea stored EXTERNAL (uncompressed) fetches only the TOAST chunks it needs.
  const first = await readPiece(material.id, 0);
  if (!first) return null;
  return {
    id: material.id,
    fileName: material.fileName ?? material.title,
    mimeType: material.mimeType,
    // The stored bytes are the truth for Content-Length, whatever sizeBytes says.
    sizeBytes: first.size,
    sha256: material.sha256,
    content: materialContentStream(material.id, first.size, first.piece),
  };
}

type Piece = { size: number; piece: Buffer };

/**
 * One piece of a file's content from `offset`, and the whole content's size;
 * undefined when the file has no content (any more). Through lib/db/bytes, not
 * Prisma: the piece arrives as hex text and is parsed once, without base64.
 */
async function readPiece(id: string, offset: number): Promise<Piece | undefined> {
  const result = await bytesPool().query<Piece>(
    `SELECT octet_length(content) AS size, substring(content FROM $2::int FOR $3::int) AS piece
       FROM "Material" WHERE id = $1::uuid AND content IS NOT NULL`,
    [id, offset + 1, MATERIAL_CHUNK_BYTES],
  );
  return result.rows[0];
}

/** The content from its first piece on, one read per pull; a file gone meanwhile ends the stream with an error. */
function materialContentStream(id: string, size: number, first: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  let next: Uint8Array | null = first;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!next) {
          const row = await readPiece(id, offset);
          if (!row || row.size !== size || row.piece.byteLength === 0) {
            controller.error(new Error(`Material ${id} ended at ${offset} of ${size} bytes.`));
            return;
          }
          next = row.piece;
        }
        const piece = next.subarray(0, size - offset);
        next = null;
        offset += piece.byteLength;
        if (piece.byteLength > 0) controller.enqueue(piece);
        if (offset >= size) controller.close();
      },
    },
    // Nothing is read ahead of the reader: memory stays one piece whatever the file's size.
    { highWaterMark: 0 },
  );
}
