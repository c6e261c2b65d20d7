/**
 * `public/data/` changes as one generation. Each run writes what the app reads into a fresh folder,
 * `.cache/public-data/<pid>-<random>/`, and only when every file is there does `public/data` (a
 * symbolic link) switch to it, in one rename. Whoever reads `public/data` meanwhile — a dev server,
 * a build copying it to dist/ — sees the whole old set or the whole new one, never a mix; a run that
 * fails or is killed leaves the old set in place. Nothing is ever written under public/ itself, so
 * nothing half written, and no temporary file, can be served or copied into dist/.
 *
 * How the two readers see it: the build resolves the link once, when it starts, and copies that
 * generation as plain files into dist/data (scripts/public-dir-plugin.ts; Vite's own copy would follow
 * the link again for every file). The dev server, finding a link in public/, keeps no list of public
 * files and looks each request up on disk, so it serves the new generation from the moment of the
 * switch rather than after its file watcher has caught up.
 */
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileSystemChanged } from "../../src/pipeline/corpus/crash-point";
import { isOtherProcessRunning } from "../../src/pipeline/corpus/other-process";

/** Where generations are written, under the project root. */
export const GENERATIONS_DIR = join(".cache", "public-data");
/** What the app's files are served from, under the project root. */
export const PUBLIC_DATA = join("public", "data");
/** `<pid>-…`: every entry of the generations folder names the process that made it, so a running one's is left alone. */
const OWNER = /^(\d+)-/;

function remove(path: string): void {
  rmSync(path, { recursive: true, force: true });
  fileSystemChanged("remove", path);
}

const newName = (suffix = randomBytes(8).toString("hex")) => `${process.pid}-${suffix}`;

/** The generation `public/data` links to, or null when it is missing or a plain folder (before the first switch). */
function currentGeneration(root: string): string | null {
  try {
    return basename(readlinkSync(join(root, PUBLIC_DATA)));
  } catch {
    return null;
  }
}

/**
 * Removes what killed runs left in the generations folder: generations they never switched to and
 * links they never put in place. Returns their paths.
 */
export function removeLeftovers(root: string): string[] {
  const dir = join(root, GENERATIONS_DIR);
  const current = currentGeneration(root);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const leftovers = names.filter((name) => {
    const owner = OWNER.exec(name)?.[1];
    return owner !== undefined && name !== current && !isOtherProcessRunning(Number(owner));
  });
  for (const name of leftovers) remove(join(dir, name));
  return leftovers.map((name) => join(dir, name));
}

/**
 * Runs `write` into a fresh generation folder, then makes it `public/data` in one rename and removes
 * the generation it replaced. If `write` fails, its folder is removed and `public/data` is untouched.
 */
export async function publishGeneration<T>(root: string, write: (dir: string) => Promise<T>): Promise<T> {
  const name = newName();
  const dir = join(root, GENERATIONS_DIR, name);
  mkdirSync(dir, { recursive: true });
  fileSystemChanged("create", dir);
  let result: T;
  try {
    result = await write(dir);
  } catch (error) {
    remove(dir);
    throw error;
  }
  const previous = currentGeneration(root);
  switchTo(root, name);
  if (previous !== null && previous !== name) remove(join(root, GENERATIONS_DIR, previous));
  return result;
}

/**
 * Points `public/data` at generation `name` by renaming a new link over it: there is no moment
 * without a `public/data`. The link is made in the generations folder, so a run killed before the
 * rename leaves it there, never in public/.
 */
function switchTo(root: string, name: string): void {
  const link = join(root, PUBLIC_DATA);
  const next = join(root, GENERATIONS_DIR, newName("next"));
  rmSync(next, { force: true });
  symlinkSync(relative(join(root, "public"), join(root, GENERATIONS_DIR, name)), next, "dir");
  fileSystemChanged("link", next);
  mkdirSync(join(root, "public"), { recursive: true });
  const folder = plainFolderAside(root);
  renameSync(next, link);
  fileSystemChanged("rename", link);
  if (folder !== null) remove(folder);
}

/**
 * Before the first switch `public/data` is a plain folder, which a rename cannot replace with a link:
 * it is moved into the generations folder (for the next run to remove if this one is killed).
 */
function plainFolderAside(root: string): string | null {
  const link = join(root, PUBLIC_DATA);
  try {
    if (!lstatSync(link).isDirectory()) return null;
  } catch {
    return null;
  }
  const aside = join(root, GENERATIONS_DIR, newName());
  renameSync(link, aside);
  fileSystemChanged("rename", aside);
  return aside;
}
