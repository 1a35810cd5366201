/** Security headers, CORS allow-list and request ids on every response. */
import { describe, expect, inject, it } from "vitest";

describe("HTTP hardening", () => {
  it("sends security headers with a content security policy", async () => {
    const response = await fetch(`${inject("atlas").baseUrl}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("allows no foreign origin by default (CORS)", async () => {
    const response = await fetch(`${inject("atlas").baseUrl}/api/examples`, {
      headers: { origin: "https://evil.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("tags each response with a request id, keeping a well-formed one from the caller", async () => {
    const mine = await fetch(`${inject("atlas").baseUrl}/healthz`, { headers: { "x-request-id": "trace-123" } });
    expect(mine.headers.get("x-request-id")).toBe("trace-123");
    const forged = await fetch(`${inject("atlas").baseUrl}/healthz`, { headers: { "x-request-id": "<script>" } });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reports readiness on /readyz", async () => {
    const response = await fetch(`${inject("atlas").baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true, neo4j: { connected: true } });
  });
});
