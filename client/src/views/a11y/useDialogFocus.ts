/**
 * What a modal dialog owes the keyboard: focus moves into it when it opens, Tab and Shift+Tab
 * stay inside it, Escape closes it, and focus goes back to what opened it when it closes.
 */
import { useEffect, useRef, type RefObject } from "react";

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

function getFocusable(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute("disabled"));
}

/** `open`: for a dialog that stays mounted while closed; its opening and closing count as mount and unmount. */
export function useDialogFocus(dialog: RefObject<HTMLElement | null>, onClose: () => void, open = true): void {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const element = dialog.current;
    if (!open || !element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    getFocusable(element)[0]?.focus();
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        // Handled here: the panels' own Escape (the details) must not close too.
        e.preventDefault();
        close.current();
        return;
      }
      if (e.key !== "Tab") return;
      const focusable = getFocusable(element);
      if (focusable.length === 0) return;
      const [first, last] = [focusable[0]!, focusable.at(-1)!];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    };
    element.addEventListener("keydown", onKeyDown);
    return () => {
      element.removeEventListener("keydown", onKeyDown);
      // The opener may be gone (a panel that closed meanwhile): then focus stays where the page puts it.
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog, open]);
}

/**
 * Escape closes a non-modal panel (the details) unless something nearer the focus (a dialog, the
 * search list) already handled it or it was typed in a query editor.
 */
export function useEscapeToClose(onClose: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      // A query being typed keeps its Escape (editors use it to close their own hints).
      const target = e.target as HTMLElement;
      if (target.isContentEditable || target.tagName === "TEXTAREA") return;
      onClose();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onClose]);
}
