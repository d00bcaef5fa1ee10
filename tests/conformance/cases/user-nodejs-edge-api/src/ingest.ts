import { json } from './lib/http';

export const handler = async (event: { body?: string }) => {
  const items = JSON.parse(event.body ?? '[]') as unknown[];
  return json(202, { accepted: items.length });
};
