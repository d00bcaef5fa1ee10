// error: a global secondary index key named as the table's sort key, of another type
// (aws-dynamodb/test/dynamodb.test.ts, secondary indexes)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const GSI_PK = { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING };
const GSI_SK = { name: 'gsiSortKey', type: dynamodb.AttributeType.BINARY };
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'sortKey', type: dynamodb.AttributeType.NUMBER } });
{
  t.addGlobalSecondaryIndex({ indexName: 'MyGSI', partitionKey: { name: 'sortKey', type: dynamodb.AttributeType.STRING } });
}
app.synth();
