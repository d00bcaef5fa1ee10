import { json } from './lib/http';

export const handler = async (event: { queryStringParameters?: { q?: string } }) => {
  const q = event.queryStringParameters?.q ?? '';
  return json(200, { q, results: [] });
};
