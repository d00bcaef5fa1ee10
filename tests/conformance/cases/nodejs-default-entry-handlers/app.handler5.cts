export const handler = async (): Promise<string> => 'handler5 (cts)';
