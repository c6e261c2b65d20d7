import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allowInlineStyles } from "./dev-csp";

const INDEX = readFileSync(new URL("../index.html", import.meta.url), "utf8");
const policyOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";

describe("allowInlineStyles", () => {
  it("relaxes only style-src of index.html's policy, for the dev server", () => {
    const dev = policyOf(allowInlineStyles(INDEX));
    expect(dev).toBe(policyOf(INDEX).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
    expect(dev).toContain("script-src 'self';");
  });

  it("fails when the policy no longer says what it relaxes", () => {
    expect(() => allowInlineStyles("<html></html>")).toThrow(/index\.html: the Content-Security-Policy has no "style-src 'self'"/);
  });
});
