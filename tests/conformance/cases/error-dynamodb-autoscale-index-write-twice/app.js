// error: autoScaleGlobalSecondaryIndexWriteCapacity called twice for an index
// (aws-dynamodb/test/dynamodb.test.ts, auto scaling)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING } });
{
  t.addGlobalSecondaryIndex({ indexName: 'MyGSI', partitionKey: { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING } });
  t.autoScaleGlobalSecondaryIndexWriteCapacity('MyGSI', { minCapacity: 1, maxCapacity: 10 });
  t.autoScaleGlobalSecondaryIndexWriteCapacity('MyGSI', { minCapacity: 1, maxCapacity: 10 });
}
app.synth();
