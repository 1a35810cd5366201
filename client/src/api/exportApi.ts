/** POST /api/export: the current view as a download. */
export interface ExportRequestBody {
  ids: string[];
  formats?: string[];
  single?: boolean;
  title?: string;
  dpi: number;
  positions: Record<string, { x: number; y: number; color: string }>;
  viewUrl: string;
  filters: unknown;
}

export async function requestExport(body: ExportRequestBody): Promise<{ blob: Blob; filename: string }> {
  const response = await fetch("/api/export", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
    throw new Error(error?.error?.message ?? `The server answered ${response.status}`);
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "solidarity-atlas-export";
  return { blob: await response.blob(), filename };
}
