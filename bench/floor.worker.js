// The floor: per image, one createImageBitmap resize and one convertToBlob, nothing else. It also
// says where its time went (decode with resize, encode), for comparing engines.
self.onmessage = async (event) => {
  const { file, width, height, quality } = event.data;
  const t0 = performance.now();
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' }); // the kit's RESIZE_QUALITY (src/upload/encode.ts)
  const t1 = performance.now();
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('bitmaprenderer').transferFromImageBitmap(bitmap);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  const t2 = performance.now();
  self.postMessage({ blob, decodeMs: t1 - t0, encodeMs: t2 - t1 });
};
