export { SignPanel, signMethods, type SignMethod, type SignPanelStatus, type SignPanelSigners, type SignedEventDetail, type SignErrorEventDetail } from './sign-panel.js';
