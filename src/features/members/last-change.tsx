import type { ChangePoint } from "../../domain/membership";
import { formatDay } from "../../lib/i18n";
import { useLang, useMessages } from "../../lib/use-lang";

/** "What changed at the last change point": who joined, left or changed status, and when. */
export function LastChange({ change, nameOf }: { change: ChangePoint; nameOf: (code: string) => string }) {
  const lang = useLang();
  const t = useMessages();
  const describe = (c: ChangePoint["changes"][number]) => {
    if (c.from === null) return t.joined;
    if (c.to === null) return t.left;
    return t.becameStatus(t.status[c.to]);
  };
  return (
    <div className="last-change">
      <h3>
        {t.labelled(t.lastChange)} <time dateTime={change.date}>{formatDay(change.date, lang)}</time>
      </h3>
      <ul>
        {change.changes.map((c) => (
          <li key={c.country}>
            {nameOf(c.country)} — {describe(c)}
          </li>
        ))}
      </ul>
    </div>
  );
}
