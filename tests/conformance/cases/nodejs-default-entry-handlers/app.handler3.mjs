export const handler = async () => 'handler3 (mjs)';
