// error: a global secondary index with a read capacity on a PAY_PER_REQUEST table
// (aws-dynamodb/test/dynamodb.test.ts, secondary indexes)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const GSI_PK = { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING };
const GSI_SK = { name: 'gsiSortKey', type: dynamodb.AttributeType.BINARY };
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'sortKey', type: dynamodb.AttributeType.NUMBER }, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST });
{
  t.addGlobalSecondaryIndex({ indexName: 'MyGSI', partitionKey: GSI_PK, sortKey: GSI_SK, readCapacity: 1 });
}
app.synth();
