import { useMessages } from "../../lib/use-lang";
import { useNotices, useViewActions } from "../../lib/view-store";

/** What the page ignored from its link, each said plainly (as text, never markup) and dismissible. */
export function Notices() {
  const notices = useNotices();
  const t = useMessages();
  const { noticeDismissed } = useViewActions();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map(({ id, ignored }) => (
        <p key={id} className="notice" data-notice={ignored.param}>
          <span>{t.ignoredParam(ignored.param, ignored.value, ignored.reason)}</span>
          <button type="button" className="icon-button" onClick={() => noticeDismissed(id)} aria-label={t.dismiss}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
