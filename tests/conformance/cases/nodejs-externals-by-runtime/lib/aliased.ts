import { greet } from '@alias/greet';

export const handler = async (): Promise<string> => greet('alias');
