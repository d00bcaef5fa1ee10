// eslint-disable-next-line @typescript-eslint/no-require-imports
const ext = require('foo & echo PWNED');

export const handler = async (): Promise<unknown> => [ext, process.env.STAGE, STAGE_LABEL];
declare const STAGE_LABEL: string;
