export const handler = async (): Promise<string> => 'handler1 (ts)';
export const myHandler = async (): Promise<string> => 'handler1 myHandler';
