export const handler = async () => 'handler8: the .mjs wins';
