// Answers at once: how long an engine takes to start a worker.
self.onmessage = () => self.postMessage('ready');
