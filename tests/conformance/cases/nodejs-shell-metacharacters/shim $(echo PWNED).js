console.log('shim loaded; no shell ran');
export const injected = true;
