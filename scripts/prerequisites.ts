/**
 * The one declared list of what the tests need outside node_modules. Before any test runs,
 * whatever is missing and installable (root and apt-get) is installed with one line saying what
 * and why; what cannot be installed stops the run with one line naming the exact command.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface Prerequisite {
  /** What it is, as a person would say it. */
  name: string;
  /** Which tests need it. */
  why: string;
  /** Debian packages that provide it. */
  debian: string[];
  present: () => boolean;
}

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
// Debian's Python: the python3 first on PATH may be another build that does not see its packages.
const debianPython = (module: string) => succeeds("/usr/bin/python3", ["-c", `import ${module}`]);

export const PREREQUISITES: Prerequisite[] = [
  {
    name: "Java 17",
    why: "runs the test Neo4j",
    debian: ["openjdk-17-jdk-headless"],
    present: () => succeeds("java", ["-version"]),
  },
  {
    name: "Maven",
    why: "builds the Neo4j launcher from Maven Central",
    debian: ["maven"],
    present: () => succeeds("mvn", ["-v"]),
  },
  {
    name: "Chromium",
    why: "browser tests and figure measurements",
    debian: ["chromium"],
    present: () => existsSync("/usr/bin/chromium"),
  },
  {
    name: "DejaVu fonts",
    why: "the same font in figures and in the browser that measures them",
    debian: ["fonts-dejavu-core"],
    present: () => spawnSync("fc-list", [], { encoding: "utf8" }).stdout?.toLowerCase().includes("dejavu") ?? false,
  },
  {
    name: "networkx",
    why: "independent reader of exported GraphML and GEXF",
    debian: ["python3-networkx"],
    present: () => debianPython("networkx"),
  },
  {
    name: "igraph",
    why: "second independent reader of exported GraphML",
    debian: ["python3-igraph"],
    present: () => debianPython("igraph"),
  },
  {
    name: "scipy",
    why: "networkx computes PageRank through it, for reference metrics",
    debian: ["python3-scipy"],
    present: () => debianPython("scipy"),
  },
];

export type InstallPlan =
  { kind: "none" } | { kind: "install"; packages: string[]; line: string } | { kind: "refuse"; line: string };

/** What to do about the missing prerequisites, as one line for a person. */
export function planInstall(missing: Prerequisite[], canInstall: boolean): InstallPlan {
  if (missing.length === 0) return { kind: "none" };
  const packages = [...new Set(missing.flatMap((p) => p.debian))];
  const what = missing.map((p) => `${p.name} (${p.why})`).join(", ");
  const command = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`;
  return canInstall
    ? { kind: "install", packages, line: `prerequisites: installing ${what}` }
    : { kind: "refuse", line: `prerequisites: missing ${what}; install them with: ${command}` };
}

const isRoot = () => process.getuid?.() === 0;

/** Installs what is missing when it can; returns the line to stop on when it cannot. */
export function ensurePrerequisites(log: (line: string) => void): string | undefined {
  const missing = PREREQUISITES.filter((p) => !p.present());
  const plan = planInstall(missing, isRoot() && succeeds("apt-get", ["--version"]));
  if (plan.kind === "none") return undefined;
  if (plan.kind === "refuse") return plan.line;
  log(plan.line);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...plan.packages], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  const still = PREREQUISITES.filter((p) => !p.present());
  if (update.status !== 0 || install.status !== 0 || still.length > 0) {
    return `prerequisites: apt-get could not install ${still.map((p) => p.name).join(", ") || plan.packages.join(", ")}; run: apt-get update && apt-get install -y ${plan.packages.join(" ")}`;
  }
  return undefined;
}
