// The floor: per image, one createImageBitmap resize and one convertToBlob, nothing else.
self.onmessage = async (event) => {
  const { file, width, height, quality } = event.data;
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('bitmaprenderer').transferFromImageBitmap(bitmap);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  self.postMessage(blob);
};
