// The uploader's polite live region: at most one message every interval (progress in words, never
// every percent), queued one-off messages, and notes said once when they appear (not each time
// their figure changes).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What is said now: the running status, and the notes that hold (each said once while it holds). */
export interface Announcement {
  status: string[];
  notes: { id: string; holds: boolean; text: () => string }[];
}

export class Announcer implements ReactiveController {
  /** The live region's text. */
  text = '';
  private last = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly queued: string[] = [];
  private readonly said = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly compose: () => Announcement,
    readonly intervalMs = 1500,
  ) {
    host.addController(this);
  }

  /** A one-off message, said with the next announcement. */
  queue(message: string): void {
    this.queued.push(message);
  }

  /** Says what is true now, or schedules it when the last was said too recently. */
  announce(): void {
    const now = Date.now();
    const wait = this.last + this.intervalMs - now;
    if (wait > 0) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.announce();
      }, wait);
      return;
    }
    this.last = now;
    const { status, notes } = this.compose();
    const parts = [...this.queued.splice(0), ...status];
    for (const note of notes) {
      if (!note.holds) this.said.delete(note.id);
      else if (!this.said.has(note.id)) {
        this.said.add(note.id);
        parts.push(note.text());
      }
    }
    this.text = parts.join(' ');
    this.host.requestUpdate();
  }

  /** Notes may be said again (a form reset). */
  forgetNotes(): void {
    this.said.clear();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
