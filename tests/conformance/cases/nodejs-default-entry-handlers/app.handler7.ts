export const handler = async (): Promise<string> => 'handler7: the .ts wins';
