import { handler as a } from './a';
export const handler = async () => ({ from: 'b', a: await a() });
