/** How long a file's object URL lives after its download starts, in milliseconds: the browser has read it by then. */
const REVOKE_AFTER_MS = 10_000;

/** Saves a file made in the page, as a download (nothing leaves the browser). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
