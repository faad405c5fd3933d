// Runs before the kit in too-old.html: this page lacks what a browser below the floor lacks.
delete window.ElementInternals;
delete HTMLElement.prototype.attachInternals;
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
delete String.prototype.isWellFormed;
