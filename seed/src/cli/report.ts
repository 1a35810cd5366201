/** `npm run seed:report`: prints the data-quality report and saves it as seed/REPORT.md. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildDataset } from "../buildDataset.ts";
import { defaultDocumentsDir, seedDataDir } from "../paths.ts";
import { readDataset } from "../readDataset.ts";
import { countCoverage, readCoverageFile } from "../coverage.ts";
import { buildReport } from "../report.ts";
import { REVIEWED_NEAR_DUPLICATES, readReviewedList, reviewedPairSchema } from "../reviewedList.ts";

const raw = readDataset(seedDataDir);
const dataset = buildDataset(raw, { documentsDir: defaultDocumentsDir });
const before = readCoverageFile(path.join(seedDataDir, "coverage-before.json"));
const report = buildReport(dataset, raw.places, {
  nearDuplicates: readReviewedList(seedDataDir, REVIEWED_NEAR_DUPLICATES, reviewedPairSchema),
  coverage: { before: before.documents, after: countCoverage(raw), beforeCommit: before.commit },
});
const reviewFile = path.join(seedDataDir, "..", "REVIEW.md");
const review = readFileSync(reviewFile, "utf8");
const output = `${report}\n${review}`;
writeFileSync(path.join(seedDataDir, "..", "REPORT.md"), output);
console.log(output);
