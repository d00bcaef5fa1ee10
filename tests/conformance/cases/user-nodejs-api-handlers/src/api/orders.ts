import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { json } from '../lib/response';

const client = new DynamoDBClient({});

export const handler = async (event: { pathParameters?: { id?: string } }) => {
  const id = event.pathParameters?.id;
  if (!id) {
    return json(400, { message: 'missing id' });
  }
  const result = await client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: id } } }));
  return json(result.Item ? 200 : 404, result.Item ?? { message: 'not found' });
};
