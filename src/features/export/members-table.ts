import type { Lang } from "../../lib/i18n";
import { MESSAGES } from "../../lib/i18n";
import type { ShownMember } from "../../lib/shown-members";
import { EXPORT_MESSAGES } from "./export-messages";

/**
 * The Members list as a table, row for row: country, ISO3, the status and the days of the interval
 * behind the row (`to` empty while it holds), and that fact's source; while comparing, each row's
 * group first. Days stay `YYYY-MM-DD`, which spreadsheets in every language read as dates.
 */
export function membersTable(rows: readonly ShownMember[], comparing: boolean, lang: Lang): string[][] {
  const t = EXPORT_MESSAGES[lang];
  const status = MESSAGES[lang].status;
  const h = t.header;
  const header = [h.country, h.iso3, h.status, h.from, h.to, h.source, h.address];
  const body = rows.map((row) => {
    const cells = [row.name, row.country, status[row.interval.status], row.interval.from, row.interval.to ?? "", row.interval.source.title, row.interval.source.url];
    return comparing && row.change ? [t.change[row.change.group], ...cells] : cells;
  });
  return [comparing ? [h.change, ...header] : header, ...body];
}
