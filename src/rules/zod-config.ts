// Zod without its eval fast path: a strict CSP with Trusted Types reports even zod's guarded
// `new Function('')` probe as a violation, and the kit promises none.
import { z } from 'zod/mini';

z.config({ jitless: true });
