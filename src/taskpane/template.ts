/** Fetches a template .xlsx from the add-in's own origin and encodes it as base64. */
import { TemplateDownloadError } from "./insert";

export type Fetch = (url: string) => Promise<Pick<Response, "ok" | "status" | "arrayBuffer">>;

export async function loadTemplateBase64(
  templatePath: string,
  fetchFile: Fetch = (url) => fetch(url)
): Promise<string> {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(templatePath)) {
    throw new TemplateDownloadError(
      `template path must be relative to the add-in: ${templatePath}`
    );
  }
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetchFile(templatePath);
  } catch (error) {
    throw new TemplateDownloadError(
      `${templatePath}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  if (!response.ok) throw new TemplateDownloadError(`${templatePath}: HTTP ${response.status}`);
  return toBase64(new Uint8Array(await response.arrayBuffer()));
}

/** btoa over chunks of bytes: no eval, no FileReader, works for files of any size. */
export function toBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}
