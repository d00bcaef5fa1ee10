export const handler = async () => ({ from: 'a' });
