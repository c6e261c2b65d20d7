import { readdir, readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * What the bench and `npm run size` both measure about the built JavaScript in `dist/`, in one place
 * so the two never disagree. Sizes are gzip with zlib's default level (6), the level most static
 * hosts and CDNs serve; level 9 would be about 1% smaller.
 */

const JS_FILE = /\.m?js$/;

export function isJsFile(path: string): boolean {
  return JS_FILE.test(path);
}

/** `import … from "x"`, `import "x"` and `export … from "x"` (minified or not); never `import("x")`. */
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^{}]*\}|\*\s*as\s*[\w$]+)?\s*from\s*)?["']([^"'\n]+)["']/g;
const ENTRY_SCRIPT = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/gi;

export function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content).length;
}

/** Every JavaScript file in `distDir`, as paths relative to it with `/` separators, sorted. */
export async function listJsFiles(distDir: string): Promise<string[]> {
  const names = await readdir(distDir, { recursive: true });
  return names.map((n) => n.split("\\").join("/")).filter((n) => JS_FILE.test(n)).sort();
}

/** Specifiers a module imports statically: what must load before it can run. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1] as string);
}

/** A same-site URL or specifier resolved to a path relative to `dist/`, or null when it points elsewhere. */
export function distPath(specifier: string, fromFile = ""): string | null {
  if (/^[a-z][a-z\d+.-]*:/i.test(specifier) || specifier.startsWith("//")) return null;
  const bare = specifier.split(/[?#]/)[0] as string;
  if (bare.startsWith("/")) return posix.normalize(bare.slice(1));
  if (!bare.startsWith("./") && !bare.startsWith("../")) return null;
  return posix.normalize(posix.join(posix.dirname(fromFile), bare));
}

/**
 * The JavaScript the first paint needs: the module scripts and module preloads of `index.html` and,
 * transitively, everything they import statically. Lazy chunks (the map, MapLibre and its worker)
 * are reached only through `import()` and are left out.
 */
export async function shellJsFiles(distDir: string): Promise<string[]> {
  const html = await readFile(join(distDir, "index.html"), "utf8");
  const roots = [...html.matchAll(ENTRY_SCRIPT), ...html.matchAll(MODULE_PRELOAD)].map((m) => distPath(m[1] as string));
  const pending = roots.filter((p): p is string => p !== null && JS_FILE.test(p));
  if (pending.length === 0) throw new Error(`${join(distDir, "index.html")}: no module script found`);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(distDir, file), "utf8");
    for (const specifier of staticImports(code)) {
      const target = distPath(specifier, file);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}

export interface GzipTotal {
  bytes: number;
  files: { file: string; bytes: number }[];
}

export async function gzipTotal(distDir: string, files: readonly string[]): Promise<GzipTotal> {
  const sized = await Promise.all(files.map(async (file) => ({ file, bytes: gzipBytes(await readFile(join(distDir, file))) })));
  return { bytes: sized.reduce((sum, f) => sum + f.bytes, 0), files: sized };
}
