/** `npm run seed:report`: prints the data-quality report and saves it as seed/REPORT.md. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildDataset } from "../buildDataset.ts";
import { defaultDocumentsDir, seedDataDir } from "../paths.ts";
import { readDataset } from "../readDataset.ts";
import { buildReport } from "../report.ts";

const raw = readDataset(seedDataDir);
const dataset = buildDataset(raw, { documentsDir: defaultDocumentsDir });
const report = buildReport(dataset, raw.places);
const reviewFile = path.join(seedDataDir, "..", "REVIEW.md");
const review = readFileSync(reviewFile, "utf8");
const output = `${report}\n${review}`;
writeFileSync(path.join(seedDataDir, "..", "REPORT.md"), output);
console.log(output);
