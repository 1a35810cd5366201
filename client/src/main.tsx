/**
 * The page's entry, kept small: it sends the explorer's first request, then loads the app, so
 * that the server answers while the browser fetches and parses the app's code.
 */
import { sendExplorerStart } from "./api/explorerStart.ts";
import { OVERVIEW_ABOVE, readOverviewAbove } from "./core/overviewThreshold.ts";

sendExplorerStart(readOverviewAbove(new URLSearchParams(window.location.search)) ?? OVERVIEW_ABOVE);
void import("./views/mountApp.tsx");
