// A paste as the browser delivers it after Ctrl+V: a ClipboardEvent whose clipboardData holds files.
/**
 * `new ClipboardEvent('paste', { clipboardData })` carries the files in Chromium and WebKit; Firefox
 * builds the event with an empty DataTransfer of its own, so there the given one is set on the
 * event itself. Either way the element reads `event.clipboardData.files`, as with a real paste.
 */
export function pasteEvent(files: File[]): ClipboardEvent {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if ((event.clipboardData?.files.length ?? 0) !== files.length) {
    Object.defineProperty(event, 'clipboardData', { value: data });
  }
  return event;
}
