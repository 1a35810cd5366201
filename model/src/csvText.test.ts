import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "./csvText.ts";

describe("toCsv", () => {
  it("ends every record with CRLF and quotes fields holding a comma, a quote, a CR or an LF", () => {
    expect(
      toCsv(
        ["name", "note"],
        [
          ["a,b", 'say "hi"'],
          ["line\nbreak", "bare\rCR"],
          ["plain", ""],
        ],
      ),
    ).toBe('name,note\r\n"a,b","say ""hi"""\r\n"line\nbreak","bare\rCR"\r\nplain,\r\n');
  });

  it("writes numbers, booleans and empty cells as they are", () => {
    expect(toCsv(["n", "b", "x", "y"], [[-1.5, true, null, undefined]])).toBe("n,b,x,y\r\n-1.5,true,,\r\n");
  });

  it("neutralises text that a spreadsheet would run as a formula, but not numbers written as text", () => {
    expect(toCsv(["cell"], [["=SUM(A1)"], ["@cmd"], ["-3"], ["+x"]])).toBe(
      "cell\r\n'=SUM(A1)\r\n'@cmd\r\n-3\r\n'+x\r\n",
    );
    expect(neutraliseFormula("\tx")).toBe("'\tx");
    expect(neutraliseFormula(-3)).toBe(-3);
  });
});
