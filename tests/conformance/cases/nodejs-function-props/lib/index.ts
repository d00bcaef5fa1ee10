export const handler = async (): Promise<string> => 'lib/index.ts';
