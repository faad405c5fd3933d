// Prefill from state records: once a valid IIN is entered, asks the host's `lookupChild(iin)` and
// fills the child's names and date of birth, remembering which answers came from the records.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseDayInput, validateIin } from '../../rules/index.js';

/** What the host's `lookupChild` resolves with (null: nothing found). Other keys are ignored. */
export interface ChildRecord {
  lastName: string;
  firstName: string;
  patronymic?: string;
  /** 'YYYY-MM-DD' (dd.mm.yyyy is read too). */
  birthDate: string;
  [key: string]: unknown;
}

export type LookupChild = (iin: string) => Promise<ChildRecord | null | undefined>;
export type LookupStatus = 'idle' | 'loading' | 'found' | 'none' | 'failed';

export interface LookupOptions {
  lookup: () => LookupChild | undefined;
  /** Puts one answer into the form (`child.lastName`, …). */
  set: (path: string, value: string) => void;
}

const filled = ['lastName', 'firstName', 'patronymic', 'birthDate'] as const;

export class LookupController implements ReactiveController {
  status: LookupStatus = 'idle';
  /** Answer paths whose value came from state records (and was not changed since). */
  readonly fromRecords = new Set<string>();
  private lastIin?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LookupOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The IIN answer changed: a new valid IIN is looked up once. */
  iinChanged(value: unknown): void {
    const lookup = this.options.lookup();
    const iin = typeof value === 'string' ? value : '';
    if (!lookup || iin === this.lastIin || !validateIin(iin).valid) return;
    this.lastIin = iin;
    this.status = 'loading';
    this.host.requestUpdate();
    void Promise.resolve()
      .then(() => lookup(iin))
      .then(
        (record) => {
          if (this.lastIin !== iin) return; // another IIN was typed meanwhile
          this.status = record && typeof record === 'object' ? 'found' : 'none';
          if (record && typeof record === 'object') this.apply(record);
          this.host.requestUpdate();
        },
        () => {
          if (this.lastIin !== iin) return;
          this.status = 'failed';
          this.host.requestUpdate();
        },
      );
  }

  /** The parent changed an answer: it is theirs now, no longer "from state records". */
  edited(path: string): void {
    if (this.fromRecords.delete(path)) this.host.requestUpdate();
  }

  /** Start over. */
  reset(): void {
    this.fromRecords.clear();
    this.lastIin = undefined;
    this.status = 'idle';
  }

  private apply(record: ChildRecord): void {
    for (const key of filled) {
      const raw = record[key];
      if (typeof raw !== 'string' || !raw.trim()) continue;
      let value = raw.trim();
      if (key === 'birthDate') {
        const parsed = parseDayInput(value);
        if (!parsed || !('iso' in parsed)) continue;
        value = parsed.iso;
      }
      this.options.set(`child.${key}`, value);
      this.fromRecords.add(`child.${key}`);
    }
  }
}
