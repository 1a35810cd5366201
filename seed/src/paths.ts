import path from "node:path";
import { fileURLToPath } from "node:url";

const seedRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const seedDataDir = path.join(seedRoot, "data");
export const fixturesDir = path.join(seedRoot, "fixtures");
/** The source documents sit beside the checkout, in ../shared/seeds (see the README). */
export const defaultDocumentsDir = path.resolve(seedRoot, "..", "..", "shared", "seeds");
