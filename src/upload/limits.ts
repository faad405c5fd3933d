// Hard limits shared by the page and the worker (kept apart so the page does not load encoder code).

/** Larger than this is refused: even a decode downscaled on the fly needs the browser to walk it, and canvases top out near here. */
export const MAX_PIXELS = 250_000_000;
