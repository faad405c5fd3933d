// DEMO ONLY: the public half of the demo's fixed development key (demo/demo-signer.ts holds the private half, in public).
// A real receiver pins the keys of its own signers, never this one.
export const DEMO_PUBLIC_JWK = Object.freeze({
  kty: 'EC',
  crv: 'P-256',
  x: 'D7pMi_NemPdmrb7OtJuFoQ9aICLGzKAIDe5Zd9p2mjY',
  y: 'nbmUUVigb9pc5jgXSdCivzo5nLRZRmQjBm-J4MrPpfk',
});
