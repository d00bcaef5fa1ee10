// injected into the bundle (esbuild --inject): every module sees this `env`
export const env = process.env;
