import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = import.meta.dirname;
const IMPORT = /\bfrom\s+"(\.{1,2}\/[^"]+)"/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every relative import of each pipeline module, `import type` included (the linter's no-cycle rule skips those). */
function graph(): Map<string, string[]> {
  const files = new Set(sources(root));
  return new Map(
    [...files].map((file) => {
      const targets = [...readFileSync(file, "utf8").matchAll(IMPORT)].flatMap((m) => {
        const target = normalize(join(dirname(file), m[1] as string));
        return [`${target}.ts`, `${target}.tsx`].filter((t) => files.has(t));
      });
      return [file, targets];
    }),
  );
}

function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of edges.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) found.push([...path.slice(at), next]);
      else if (!done.has(next)) visit(next, [...path, next]);
    }
    done.add(node);
  };
  for (const node of edges.keys()) if (!done.has(node)) visit(node, [node]);
  return found;
}

describe("the pipeline's modules", () => {
  it("import each other without a circle, type imports included", () => {
    const circles = cycles(graph()).map((c) => c.map((f) => relative(root, f)).join(" → "));
    expect(circles).toEqual([]);
  });
});
