import type { IgnoredParam } from "../../lib/url-state";
import { useLang, useMessages } from "../../lib/use-lang";
import { useIgnoredParams, useViewActions } from "../../lib/view-store";
import { NOTICE_MESSAGES } from "./notice-messages";

/** Ignored parts named in the notice; the others are counted ("and 27 more"). */
const LISTED = 3;
/** Characters of a name or value shown: enough to recognise it; the link itself has the rest. */
const SHOWN_CHARS = 20;

const shown = (text: string) => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);

/** `name="value"`, isolated: a right-to-left character in a link cannot reorder the sentence around it. */
const Part = ({ param, value }: IgnoredParam) => (
  <bdi>
    {shown(param)}="{shown(value)}"
  </bdi>
);

/**
 * What the page ignored from its link, in one notice with one dismiss, as text (never markup). It lies
 * over the title, which nothing needs meanwhile, and is two lines long whatever the link: the map, the
 * timeline and every control keep their place and size. One part is given with its reason; of several,
 * the first few are named, each with its reason for screen readers and on hover.
 */
export default function IgnoredNotice() {
  const ignored = useIgnoredParams();
  const t = NOTICE_MESSAGES[useLang()];
  const { dismiss } = useMessages();
  const { noticeDismissed } = useViewActions();
  const [only] = ignored;
  const listed = ignored.slice(0, LISTED);
  const more = ignored.length - listed.length;
  if (!only) return null;
  return (
    <div className="notice" data-notice>
      {ignored.length === 1 ? (
        <p data-ignored-param={only.param}>
          <Part {...only} /> {t.ignoredOne} {t.ignoredReason[only.reason]}.
        </p>
      ) : (
        <p>
          {t.ignoredSummary(ignored.length)}{" "}
          {listed.map((part, i) => (
            <span key={i} data-ignored-param={part.param} title={t.ignoredReason[part.reason]}>
              <Part {...part} />
              <span className="visually-hidden"> ({t.ignoredReason[part.reason]})</span>
              {i < listed.length - 1 ? ", " : more > 0 ? " " : "."}
            </span>
          ))}
          {more > 0 && `${t.ignoredMore(more)}.`}
        </p>
      )}
      <button type="button" className="icon-button" onClick={noticeDismissed} aria-label={dismiss}>
        ×
      </button>
    </div>
  );
}
