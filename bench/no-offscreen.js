// Loaded before the kit in bench/fallback.html: this frame lacks OffscreenCanvas, as Safari before
// 16.4 does, so the kit compresses with browser-image-compression on the main thread.
delete window.OffscreenCanvas;
