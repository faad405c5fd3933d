// One image through one variant of the pipeline, timed in parts (bench/profile.mjs drives it):
//   bitmaprenderer: decode with resize (high), hand the bitmap to a bitmaprenderer canvas, encode (the kit's path for upright JPEGs);
//   2d:             decode with resize (high), draw it on a 2d canvas, encode;
//   2d-medium:      the same with resizeQuality 'medium';
//   full-2d:        decode at full size, scale it while drawing on a 2d canvas, encode.
self.onmessage = async (event) => {
  const { file, width, height, variant } = event.data;
  const t0 = performance.now();
  let canvas;
  if (variant === 'full-2d') {
    const full = await createImageBitmap(file, { imageOrientation: 'from-image' });
    canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { alpha: false });
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(full, 0, 0, width, height);
    full.close();
  } else {
    const quality = variant.includes('medium') ? 'medium' : 'high';
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', resizeWidth: width, resizeHeight: height, resizeQuality: quality });
    canvas = new OffscreenCanvas(width, height);
    if (variant.startsWith('bitmaprenderer')) canvas.getContext('bitmaprenderer').transferFromImageBitmap(bitmap);
    else if (variant.startsWith('2d-cpu')) {
      const ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
      ctx.drawImage(bitmap, 0, 0);
      bitmap.close();
      if (variant === '2d-cpu-flush') ctx.getImageData(0, 0, 1, 1);
    } else if (variant === '2d-flush') {
      const ctx = canvas.getContext('2d', { alpha: false });
      ctx.drawImage(bitmap, 0, 0);
      bitmap.close();
      ctx.getImageData(0, 0, 1, 1);
    } else {
      canvas.getContext('2d', { alpha: false }).drawImage(bitmap, 0, 0);
      bitmap.close();
    }
  }
  const t1 = performance.now();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  const t2 = performance.now();
  self.postMessage({ decodeMs: t1 - t0, encodeMs: t2 - t1, totalMs: t2 - t0, bytes: blob.size });
};
