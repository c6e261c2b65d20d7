import { describe, expect, it } from "vitest";
import { isHttpUrl, safeHref } from "./http-url";

const ACCEPTED = [
  "https://www.nato.int/cps/en/natohq/topics_52044.htm",
  "http://en.kremlin.ru/supplement/5770",
  "HTTPS://EXAMPLE.COM/",
  "https://fr.wikipedia.org/wiki/Traité_de_l'Atlantique_Nord",
  "https://example.com/?q=javascript:alert(1)#x",
  "http://127.0.0.1:8080/path",
];

const REFUSED = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  " javascript:alert(1)",
  "\u0000javascript:alert(1)",
  "\u0001https://example.com",
  "https://example.com\u0000",
  "ht\ttps://example.com",
  "https\t://example.com",
  "https://exa\tmple.com",
  "https://exa mple.com",
  " https://example.com",
  "https://example.com\n",
  "https://\u202Eexample.com",
  "https://example.com/\u2066x",
  "data:text/html,<script>alert(1)</script>",
  "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://example.com/file",
  "blob:https://example.com/1234",
  "mailto:someone@example.com",
  "//evil.example/",
  "/relative/path",
  "https:evil.example",
  "http:/evil.example",
  "https://",
  "http://[not-an-ip]/",
  "",
  "not a url",
];

describe("isHttpUrl", () => {
  it.each(ACCEPTED)("accepts %j", (value) => expect(isHttpUrl(value)).toBe(true));
  it.each(REFUSED)("refuses %j", (value) => expect(isHttpUrl(value)).toBe(false));
});

describe("safeHref", () => {
  it("passes an http(s) address through unchanged and turns anything else into null", () => {
    expect(safeHref("https://example.com/a b".replace(" ", "%20"))).toBe("https://example.com/a%20b");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});
