/**
 * The only reader of process.env. Every setting is validated at boot; a wrong value stops the
 * process with one line that names the variable.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ConsoleBounds } from "@atlas/model";
import { DEFAULT_CONSOLE_BOUNDS } from "./console/limits.ts";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Documented default for the local development database only; never used with NEO4J_URI. */
export const DEFAULT_LOCAL_PASSWORD = "solidarity-atlas-dev";

const size = z.string().regex(/^\d+[kmg]$/i, "must be a size such as 512m or 2g");
const duration = z.string().regex(/^\d+(ms|s|m)$/, "must be a duration such as 500ms, 60s or 2m");
const port = z.coerce.number().int().min(1).max(65535);
const flag = z.enum(["true", "false"]).transform((value) => value === "true");
/**
 * Express's `trust proxy`, from an allow-list: off, a hop count, or the proxies' addresses.
 * "true" (trust every hop) is refused: any client could then choose its own X-Forwarded-For.
 */
const trustProxy = z
  .string()
  .regex(
    /^(false|\d{1,2}|[\w.:/-]+(,\s*[\w.:/-]+)*)$/,
    "must be false, a hop count such as 1, or a comma-separated list of proxy addresses such as loopback,10.0.0.0/8",
  )
  .refine((value) => value !== "true", "must not be true (it would trust a forged X-Forwarded-For from anyone)")
  .transform((value): TrustProxy => {
    if (value === "false") return false;
    if (/^\d+$/.test(value)) return Number(value);
    return value.split(",").map((address) => address.trim());
  });

/** Express's `trust proxy`: false (direct clients), a hop count, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

const envSchema = z
  .object({
    PORT: port.default(4000),
    HOST: z.string().min(1).default("127.0.0.1"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, "must be a neo4j:// or bolt:// URI such as bolt://localhost:7687")
      .optional(),
    NEO4J_USER: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").optional(),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    LOCAL_NEO4J_HOME: z.string().min(1).default(path.join(repoRoot, ".neo4j")),
    LOCAL_NEO4J_BOLT_PORT: port.default(7687),
    LOCAL_NEO4J_HEAP: size.default("1g"),
    LOCAL_NEO4J_PAGECACHE: size.default("512m"),
    NEO4J_TX_TIMEOUT: duration.default("60s"),
    NEO4J_TX_MEMORY: size.default("512m"),
    NEO4J_TX_MEMORY_TOTAL: size.default("768m"),
    SEED_ON_START: flag.default(true),
    SERVE_CLIENT: flag.default(true),
    CONSOLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
    CONSOLE_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(5000),
    // Bounds Neo4j cannot enforce on a console query (see docs/design-choices.md, "Console bounds").
    CONSOLE_MAX_RANGE_ELEMENTS: z.coerce.number().int().min(1).default(DEFAULT_CONSOLE_BOUNDS.maxRangeElements),
    CONSOLE_MAX_REDUCE_ITEMS: z.coerce.number().int().min(1).default(DEFAULT_CONSOLE_BOUNDS.maxReduceItems),
    CONSOLE_MAX_EXPRESSION_BYTES: z.coerce.number().int().min(1).default(DEFAULT_CONSOLE_BOUNDS.maxExpressionBytes),
    CONSOLE_MAX_RESULT_BYTES: z.coerce.number().int().min(1000).default(DEFAULT_CONSOLE_BOUNDS.maxResultBytes),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    CONSOLE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(4),
    CONSOLE_MAX_IN_FLIGHT_PER_CLIENT: z.coerce.number().int().min(1).max(100).default(1),
    CONSOLE_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100).default(2),
    CONSOLE_WORKER_HEAP_MB: z.coerce.number().int().min(64).max(16_384).default(512),
    TRUST_PROXY: trustProxy.default(false),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
    CURATION_TOKEN: z.string().min(24, "must be at least 24 characters").optional(),
    CORS_ORIGINS: z
      .string()
      .regex(
        /^(https?:\/\/[^\s,]+)(,https?:\/\/[^\s,]+)*$/,
        "must be a comma-separated list of origins such as https://example.org",
      )
      .optional(),
    SEED_DOCUMENTS_DIR: z
      .string()
      .min(1)
      .default(path.resolve(repoRoot, "..", "shared", "seeds")),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: "custom", path: ["NEO4J_PASSWORD"], message: "is required when NEO4J_URI is set" });
    }
    if (env.CONSOLE_MAX_IN_FLIGHT_PER_CLIENT > env.CONSOLE_MAX_IN_FLIGHT) {
      const message = `must not exceed CONSOLE_MAX_IN_FLIGHT (${env.CONSOLE_MAX_IN_FLIGHT})`;
      ctx.addIssue({ code: "custom", path: ["CONSOLE_MAX_IN_FLIGHT_PER_CLIENT"], message });
    }
    if (env.CONSOLE_MAX_IN_FLIGHT > env.CONSOLE_POOL_SIZE) {
      const message = `must not exceed CONSOLE_POOL_SIZE (${env.CONSOLE_POOL_SIZE}): each console query holds a connection`;
      ctx.addIssue({ code: "custom", path: ["CONSOLE_MAX_IN_FLIGHT"], message });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  http: { port: number; host: string };
  logLevel: Env["LOG_LEVEL"];
  neo4j: {
    /** Undefined: start a local Neo4j (see `local`). */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
  };
  local: {
    home: string;
    boltPort: number;
    heap: string;
    pageCache: string;
    transactionTimeout: string;
    transactionMemory: string;
    transactionMemoryTotal: string;
  };
  seed: { onStart: boolean; documentsDir: string };
  /** Build client/dist if stale and serve it; false under `npm run dev`, where Vite serves it. */
  serveClient: boolean;
  console: { timeoutMs: number; maxRows: number } & ConsoleBounds;
  rateLimitPerMinute: number;
  /** The public console's own small driver pool and its in-flight caps (per app instance). */
  consoleIsolation: ConsoleIsolation;
  trustProxy: TrustProxy;
  graphql: { maxCost: number };
  corsOrigins: string[];
  curationToken: string | undefined;
}

export interface ConsoleIsolation {
  poolSize: number;
  maxInFlightPerClient: number;
  maxInFlight: number;
  /** Heap of each console worker thread: the most one decoded answer may take. */
  workerHeapMb: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => (env[key] === undefined || env[key] === "" ? [] : [[key, env[key]]])),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    const got = relevant[variable] === undefined ? "" : ` (got "${relevant[variable]}")`;
    throw new ConfigError(`config: ${variable} ${issue.message}${got}`);
  }
  const e = parsed.data;
  return {
    http: { port: e.PORT, host: e.HOST },
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_URI ? e.NEO4J_USER : "neo4j",
      password: e.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    local: {
      home: path.resolve(e.LOCAL_NEO4J_HOME),
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      heap: e.LOCAL_NEO4J_HEAP,
      pageCache: e.LOCAL_NEO4J_PAGECACHE,
      transactionTimeout: e.NEO4J_TX_TIMEOUT,
      transactionMemory: e.NEO4J_TX_MEMORY,
      transactionMemoryTotal: e.NEO4J_TX_MEMORY_TOTAL,
    },
    seed: { onStart: e.SEED_ON_START, documentsDir: path.resolve(e.SEED_DOCUMENTS_DIR) },
    serveClient: e.SERVE_CLIENT,
    console: {
      timeoutMs: e.CONSOLE_TIMEOUT_MS,
      maxRows: e.CONSOLE_MAX_ROWS,
      maxRangeElements: e.CONSOLE_MAX_RANGE_ELEMENTS,
      maxReduceItems: e.CONSOLE_MAX_REDUCE_ITEMS,
      maxExpressionBytes: e.CONSOLE_MAX_EXPRESSION_BYTES,
      maxResultBytes: e.CONSOLE_MAX_RESULT_BYTES,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    consoleIsolation: {
      poolSize: e.CONSOLE_POOL_SIZE,
      maxInFlightPerClient: e.CONSOLE_MAX_IN_FLIGHT_PER_CLIENT,
      maxInFlight: e.CONSOLE_MAX_IN_FLIGHT,
      workerHeapMb: e.CONSOLE_WORKER_HEAP_MB,
    },
    trustProxy: e.TRUST_PROXY,
    graphql: { maxCost: e.GRAPHQL_MAX_COST },
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(",") : [],
    curationToken: e.CURATION_TOKEN,
  };
}
