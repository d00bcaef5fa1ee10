import { json } from '../lib/response';

type User = { id: string; name: string };

const users: User[] = [{ id: 'u1', name: 'Ada' }];

export async function list() {
  return json(200, users);
}

export async function get(event: { pathParameters?: { id?: string } }) {
  const user = users.find((u) => u.id === event.pathParameters?.id);
  return user ? json(200, user) : json(404, { message: 'no such user' });
}
