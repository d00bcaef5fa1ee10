export const list = async () => ({ statusCode: 200, body: '[]' });
export const get = async (event: { id: string }) => ({ statusCode: 200, body: JSON.stringify({ id: event.id }) });
