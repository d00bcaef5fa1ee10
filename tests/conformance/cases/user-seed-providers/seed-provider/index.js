const { DynamoDBClient, BatchWriteItemCommand } = require('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({});

exports.handler = async (event) => {
  const { TableName, Items } = event.ResourceProperties;
  if (event.RequestType !== 'Delete') {
    await client.send(new BatchWriteItemCommand({
      RequestItems: { [TableName]: Items.map((item) => ({ PutRequest: { Item: item } })) },
    }));
  }
  return { PhysicalResourceId: `${TableName}-seed`, Data: { Count: Items.length } };
};
