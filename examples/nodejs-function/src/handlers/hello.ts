import { json } from '../lib/response';

export const handler = async (event: { queryStringParameters?: { name?: string } }) => {
  const name = event.queryStringParameters?.name ?? 'world';
  return json(200, { message: `hello, ${name}` });
};
