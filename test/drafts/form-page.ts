// The host page of the reload tests: one <school-enroll-form> per `keys` entry (its draft-key), a fixed clock; `clock` sets the drafts' clock.
import '../../src/define/school-enroll-form.js';
import { DraftStore } from '../../src/drafts/index.js';

const params = new URLSearchParams(location.search);
const now = params.get('now');
// The drafts' clock (expiry), when the test moves time between loads.
const clock = params.get('clock');
const store = clock ? new DraftStore({ now: () => Number(clock) }) : undefined;
for (const key of (params.get('keys') ?? '').split(',').filter(Boolean)) {
  const form = document.createElement('school-enroll-form');
  form.setAttribute('lang', 'en');
  form.setAttribute('school-year', '2027');
  form.setAttribute('draft-key', key);
  form.id = `form-${key}`;
  if (params.get('ttl')) form.setAttribute('draft-ttl', params.get('ttl')!);
  if (now) form.now = () => new Date(now);
  if (store) form.draftStore = store;
  document.body.append(form);
}
