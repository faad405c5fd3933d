// Imports the entry named in ?entry= from the built dist/ and says when it has run (window.entryLoaded).
const entry = new URLSearchParams(location.search).get('entry');
window.entryLoaded = import(`/dist/${entry}.js`).then(
  () => 'ok',
  (error) => String(error),
);
