import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as pg from 'pg';
import { formatOrder } from '../../shared/format';

export const handler = async (event: { id: string; total: number }) => {
  const client = new DynamoDBClient({});
  return { text: formatOrder(event.id, event.total), client: typeof client, pg: typeof pg };
};
