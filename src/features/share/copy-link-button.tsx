import { useEffect, useState } from "react";
import { useMessages } from "../../lib/use-lang";
import "./share.css";

/** How long the "copied" confirmation stays, in milliseconds. */
const FEEDBACK_MS = 2500;

/** Copies the page's URL, which always holds the whole view. */
export function CopyLinkButton() {
  const t = useMessages();
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(null), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t.copyLink}
      </button>
      <span role="status" className="copy-feedback">
        {result === "copied" ? t.linkCopied : result === "failed" ? t.copyFailed : ""}
      </span>
    </div>
  );
}
