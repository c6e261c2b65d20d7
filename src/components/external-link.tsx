import type { ReactNode } from "react";
import { safeHref } from "../domain/http-url";

interface ExternalLinkProps {
  /** An address read from a data file. */
  href: string;
  children: ReactNode;
  /** Shown instead of the link when `href` is not http(s); the address itself, as text, by default. */
  plain?: ReactNode;
}

/**
 * A link out of the app to an address from the data, opened in a new tab. The schemas already refuse
 * anything but http(s); this is the second guard: such a value is shown as plain text, never as an href.
 */
export function ExternalLink({ href, children, plain }: ExternalLinkProps) {
  const safe = safeHref(href);
  if (safe === null) return <span data-unlinked-address>{plain ?? href}</span>;
  return (
    <a href={safe} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}
