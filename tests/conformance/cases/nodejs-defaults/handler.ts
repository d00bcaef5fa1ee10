import { greet } from './lib/greet';

interface Event {
  name: string;
}

export const handler = async (event: Event): Promise<{ statusCode: number; body: string }> => {
  return { statusCode: 200, body: greet(event.name) };
};
