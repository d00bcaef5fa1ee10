export const handler = async (): Promise<string> => 'handler4 (mts)';
