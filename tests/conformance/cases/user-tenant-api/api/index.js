const { DynamoDBClient, QueryCommand } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({});
exports.handler = async (event) => {
  const tenant = event.headers?.['x-tenant-id'];
  if (!tenant) return { statusCode: 400, body: 'missing tenant' };
  const out = await db.send(new QueryCommand({
    TableName: process.env.TABLE_NAME,
    KeyConditionExpression: 'tenantId = :t',
    ExpressionAttributeValues: { ':t': { S: tenant } },
  }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};
