// The HTTP answer of a kit photo's two sizes (app/api/kit-photos/…).
import "server-only";
import { AppError } from "@/lib/http/errors";
import { getKitPhotoFile } from "./data";
import { servedPhotoType } from "./rules";

export async function kitPhotoResponse(id: string, variant: "display" | "thumbnail"): Promise<Response> {
  const file = await getKitPhotoFile(id, variant);
  if (!file) throw new AppError("NOT_FOUND", "No such photo.");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": servedPhotoType(file.mimeType),
      "Content-Length": String(file.bytes.length),
      "X-Content-Type-Options": "nosniff",
      // Public and immutable: a replaced photo gets a new id (and address).
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
