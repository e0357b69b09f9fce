// Client side: the header's account menu reads the session once per page load; a change made
// without a page load (a new name on /profile) announces itself so that the menu reads it again.
const SESSION_CHANGED = "pwc:session-changed";

export function announceSessionChange(): void {
  window.dispatchEvent(new Event(SESSION_CHANGED));
}

export function onSessionChange(listener: () => void): () => void {
  window.addEventListener(SESSION_CHANGED, listener);
  return () => window.removeEventListener(SESSION_CHANGED, listener);
}
