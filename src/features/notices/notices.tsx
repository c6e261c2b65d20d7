import { lazy, Suspense } from "react";
import { useIgnoredParams } from "../../lib/view-store";
import "./notices.css";

/** Most links have nothing to ignore: the notice and its words load only for those that do. */
const IgnoredNotice = lazy(() => import("./ignored-notice"));

/** The live region a notice appears in (present from the start, so screen readers announce it). */
export function Notices() {
  const hasIgnored = useIgnoredParams().length > 0;
  return (
    <div className="notices" role="status" aria-live="polite">
      {hasIgnored && (
        <Suspense fallback={null}>
          <IgnoredNotice />
        </Suspense>
      )}
    </div>
  );
}
