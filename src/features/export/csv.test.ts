import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvField, csvSeparator, toCsv } from "./csv";

describe("csvField", () => {
  it("leaves plain text as it is, in every script", () => {
    expect(csvField("Türkiye", ",")).toBe("Türkiye");
    expect(csvField("Åland", ";")).toBe("Åland");
    expect(csvField("北大西洋公約機構", ",")).toBe("北大西洋公約機構");
  });

  it("quotes a field holding the separator, a quote or a line break, doubling its quotes", () => {
    expect(csvField("Korea, Republic of", ",")).toBe('"Korea, Republic of"');
    expect(csvField("Korea, Republic of", ";")).toBe("Korea, Republic of");
    expect(csvField("NATO; Member countries", ";")).toBe('"NATO; Member countries"');
    expect(csvField('the "Quad"', ",")).toBe('"the ""Quad"""');
    expect(csvField("two\nlines", ",")).toBe('"two\nlines"');
    expect(csvField("a\r\nb", ";")).toBe('"a\r\nb"');
    expect(csvField(" padded ", ",")).toBe('" padded "');
  });

  it("never lets a cell start a formula", () => {
    expect(csvField("=HYPERLINK(\"https://example.org\")", ",")).toBe("\"'=HYPERLINK(\"\"https://example.org\"\")\"");
    expect(csvField("+33 1", ",")).toBe("'+33 1");
    expect(csvField("-1", ",")).toBe("'-1");
    expect(csvField("@SUM(A1)", ",")).toBe("'@SUM(A1)");
    expect(csvField("2024-03-07", ",")).toBe("2024-03-07");
  });
});

describe("toCsv", () => {
  const rows = [
    ["Country", "ISO3", "Source"],
    ["Korea, Republic of", "KOR", 'NATO — "Relations"; 2012'],
    ["Türkiye", "TUR", "NATO — Member countries"],
  ];

  it("writes a byte-order mark, then records ended by CRLF", () => {
    const text = toCsv(rows, ",");
    expect(text.startsWith("\ufeffCountry,ISO3,Source\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(rows.length + 1);
  });

  it.each([",", ";"] as const)("reads back with a CSV library to the same table, separated by %j", (separator) => {
    const parsed = Papa.parse<string[]>(toCsv(rows, separator), { delimiter: separator, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });

  it("is read by a library guessing the separator too", () => {
    const parsed = Papa.parse<string[]>(toCsv(rows, ";"), { skipEmptyLines: true });
    expect(parsed.meta.delimiter).toBe(";");
    expect(parsed.data).toEqual(rows);
  });
});

describe("csvSeparator", () => {
  it("is the comma in English and the semicolon in French, where the comma is the decimal mark", () => {
    expect(csvSeparator("en")).toBe(",");
    expect(csvSeparator("fr")).toBe(";");
  });
});
