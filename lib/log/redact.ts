/** postgres://user:secret@host/db?x → postgres://host/db (for logs). */
export function redactUrl(value: string): string {
  try {
    const u = new URL(value);
    u.username = "";
    u.password = "";
    u.search = "";
    return u.toString();
  } catch {
    return "[unparseable url]";
  }
}
