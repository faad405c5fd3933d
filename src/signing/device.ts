// Which ways of signing can work on this device: NCALayer is a desktop application; phones and tablets sign with eGov Mobile.

/** `desktop`: Windows, macOS, Linux with a mouse or trackpad. `mobile`: phones and tablets (iOS, iPadOS, Android). */
export type DeviceKind = 'desktop' | 'mobile';

interface NavigatorLike {
  userAgent?: string;
  maxTouchPoints?: number;
  userAgentData?: { mobile?: boolean; platform?: string };
}

/**
 * Decides from capabilities the browser states, in this order:
 * 1. User-Agent Client Hints (`navigator.userAgentData.mobile`, `platform` Android/iOS), where present (Chromium);
 * 2. the platform in the user agent (Android, iPhone, iPad, iPod), and iPadOS that calls itself a Mac
 *    but has a touch screen (`maxTouchPoints > 1`);
 * 3. the pointers: a coarse primary pointer and no fine pointer at all (`(pointer: coarse)` and not
 *    `(any-pointer: fine)`) is a touch device.
 * Anything else is a desktop. Pure apart from its defaults, so tests pass their own navigator and media query.
 */
export function detectDevice(
  nav: NavigatorLike | undefined = globalThis.navigator as NavigatorLike | undefined,
  matches: ((query: string) => boolean) | undefined = typeof globalThis.matchMedia === 'function'
    ? (q) => globalThis.matchMedia(q).matches
    : undefined,
): DeviceKind {
  if (!nav) return 'desktop';
  const hints = nav.userAgentData;
  if (hints?.mobile === true) return 'mobile';
  if (hints?.platform && /^(Android|iOS|iPadOS)$/i.test(hints.platform)) return 'mobile';
  const ua = nav.userAgent ?? '';
  if (/Android|iPhone|iPad|iPod|Mobile\b/.test(ua)) return 'mobile';
  if (/Macintosh/.test(ua) && (nav.maxTouchPoints ?? 0) > 1) return 'mobile'; // iPadOS asks for the desktop site
  if (matches && matches('(pointer: coarse)') && !matches('(any-pointer: fine)')) return 'mobile';
  return 'desktop';
}
