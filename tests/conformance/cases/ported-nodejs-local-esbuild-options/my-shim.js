export const shimmed = 'shim';
globalThis.shimmed = shimmed;
