/**
 * Generates everything the app reads under public/data/ from the reviewed sources in data/ and the
 * packaged Natural Earth shapes. Runs before `npm start` and `npm run build`; a bad data file stops it
 * with a message that names the file and the field.
 */
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { writeBlocs } from "./data/blocs";
import { writeEvents } from "./data/events";
import { writeShapes } from "./data/shapes";
import { corpusSource } from "./data/synthetic-corpus-switch";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = `${root}data`;
const outDir = `${root}public/data`;

try {
  await mkdir(outDir, { recursive: true });
  const started = performance.now();
  const corpus = await corpusSource(dataDir, `${root}.cache`);
  const events = writeEvents(corpus.dataDir, outDir, { analyze: corpus.analyze, cacheDir: corpus.cacheDir });
  await Promise.all([writeBlocs(dataDir, outDir), writeShapes(outDir), events]);
  console.log(`data: public/data written in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
