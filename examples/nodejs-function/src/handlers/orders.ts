import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { json } from '../lib/response';

const client = new DynamoDBClient({});

export const getOrder = async (event: { pathParameters?: { id?: string } }) => {
  const id = event.pathParameters?.id;
  if (!id) return json(400, { error: 'id is required' });
  const out = await client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { id: { S: id } } }));
  return out.Item ? json(200, out.Item) : json(404, { error: 'not found' });
};
