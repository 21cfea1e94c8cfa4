"use client";

import { useState } from "react";

/** Copies the text of the element with `targetId` (a readonly textarea), and
 * says so in a live region; the textarea stays selectable without JavaScript. */
export function CopyButton({ targetId, label = "Copy citation" }: { targetId: string; label?: string }) {
  const [status, setStatus] = useState("");

  async function copy() {
    const target = document.getElementById(targetId);
    const text = target instanceof HTMLTextAreaElement ? target.value : (target?.textContent ?? "");
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied.");
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): select
      // the text so the reader can copy it by hand.
      if (target instanceof HTMLTextAreaElement) target.select();
      setStatus("Press Ctrl+C (⌘C) to copy the selected text.");
    }
  }

  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded bg-indigo-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-900"
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-stone-700">
        {status}
      </span>
    </div>
  );
}
