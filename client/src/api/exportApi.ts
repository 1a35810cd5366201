import type { DerivedLink, FigureColourKey } from "@atlas/model";

/** POST /api/export: the current view as a download. */
export interface ExportRequestBody {
  ids: string[];
  /** The relationships drawn: the server exports exactly these. */
  edges: string[];
  /** Links the view derives rather than stores (a projection's), sent in full. */
  derived?: DerivedLink[];
  formats?: string[];
  single?: boolean;
  title?: string;
  dpi: number;
  /** `pinned`: dragged into place in the explorer. */
  positions: Record<string, { x: number; y: number; size: number; color: string; pinned?: boolean }>;
  viewUrl: string;
  filters: unknown;
  /** Overview group nodes drawn (not actors, not exported). */
  groups: number;
  width: "85mm" | "175mm" | "a4";
  grayscale: boolean;
  highlight: string[];
  /** "geo": the figure draws the country outlines under the positions, as the map does. */
  layout: "force" | "geo";
  /** What the colours mean, where the explorer colours actors by something other than type. */
  colourKey?: FigureColourKey;
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
