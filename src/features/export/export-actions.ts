import { compareDays, type IsoDay } from "../../domain/day";
import type { Bloc } from "../../domain/schemas/bloc";
import type { StatesIndex } from "../../domain/states";
import { COMPARE_MESSAGES } from "../../lib/compare-messages";
import { MARKED_GROUPS } from "../../lib/compare-marks";
import type { BlocData } from "../../lib/data/use-bloc-data";
import { formatDay, MESSAGES, type Lang } from "../../lib/i18n";
import { legendParts } from "../../lib/legend-rows";
import { takeMapSnapshot } from "../../lib/map-snapshot";
import { shownMembers, type ShownMember } from "../../lib/shown-members";
import { csvSeparator, toCsv } from "./csv";
import { saveFile } from "./download";
import { EXPORT_MESSAGES } from "./export-messages";
import { membersTable } from "./members-table";
import { composePicture, toPng, type PictureLegendRow } from "./picture";

/** The view being exported: what the page shows, read when the button is pressed. */
export interface ExportView {
  data: BlocData;
  states: StatesIndex | undefined;
  bloc: Bloc;
  date: IsoDay;
  compare: IsoDay | null;
  lang: Lang;
  /** The page's link, which holds the whole view. */
  link: string;
  /** The map's size on screen, in CSS pixels. */
  mapSize: { width: number; height: number } | null;
}

function fileName(view: ExportView, extension: string): string {
  const days = view.compare ? [view.compare, view.date].sort(compareDays) : [view.date];
  return `alliance-atlas-${view.bloc.id}-${days.join("-")}${extension}`;
}

const rowsOf = (view: ExportView): ShownMember[] => shownMembers(view.data.index, view.states, view.bloc, view.date, view.compare, view.lang);

/** The Members list as a CSV file, row for row; returns the file's name. */
export function downloadCsv(view: ExportView): string {
  const table = membersTable(rowsOf(view), view.compare !== null, view.lang);
  const name = fileName(view, ".csv");
  saveFile(new Blob([toCsv(table, csvSeparator(view.lang))], { type: "text/csv;charset=utf-8" }), name);
  return name;
}

/** The caption's paragraphs: the sources of the facts behind the rows shown, then the map's credit. */
function pictureCaption(view: ExportView): string[] {
  const t = EXPORT_MESSAGES[view.lang];
  const titles = [...new Set(rowsOf(view).map((row) => row.interval.source.title))];
  return [titles.length > 0 ? t.sources(titles.join(" · ")) : t.noSources, t.mapCredit(MESSAGES[view.lang].mapCredits)];
}

function pictureLegend(view: ExportView): PictureLegendRow[] {
  const t = MESSAGES[view.lang];
  const parts = legendParts(view.data, view.bloc, view.date, t, view.lang);
  const others = parts.others.map((row) => ({ ...row, label: `${t.labelled(t.legendOther)} ${row.label}` }));
  const rows: PictureLegendRow[] = [...parts.rows, ...others].map((row) => ({ label: row.label, swatch: { colour: row.colour } }));
  if (!view.compare) return rows;
  const earlier = compareDays(view.compare, view.date) < 0 ? view.compare : view.date;
  const words = COMPARE_MESSAGES[view.lang];
  return [...rows, ...MARKED_GROUPS.map((group) => ({ label: words.group[group](formatDay(earlier, view.lang)), swatch: { mark: group } }))];
}

/**
 * The view as a PNG picture at the map's size on screen times `scale`, made in the page from the
 * map's canvas; returns the file's name and the caption it carries, or null when no map is drawn.
 */
export async function downloadPicture(view: ExportView, scale: number): Promise<{ name: string; caption: string } | null> {
  const map = takeMapSnapshot(scale);
  if (!map || !view.mapSize) return null;
  const { lang } = view;
  const days = view.compare ? [view.compare, view.date].sort(compareDays) : [view.date];
  const caption = pictureCaption(view);
  const picture = composePicture(map, view.mapSize.width, view.mapSize.height, scale, {
    title: view.bloc.names[lang],
    dates: days.map((day) => formatDay(day, lang)).join(" → "),
    legend: pictureLegend(view),
    caption,
    link: view.link,
  });
  const name = fileName(view, scale === 1 ? ".png" : `@${scale}x.png`);
  saveFile(await toPng(picture), name);
  return { name, caption: [...caption, view.link].join(" ") };
}
