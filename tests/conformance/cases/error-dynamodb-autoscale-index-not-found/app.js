// error: autoScaleGlobalSecondaryIndexReadCapacity for an index the table does not have
// (aws-dynamodb/test/dynamodb.test.ts, auto scaling)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING } });
{
  t.autoScaleGlobalSecondaryIndexReadCapacity('MyGSI', { minCapacity: 1, maxCapacity: 10 });
}
app.synth();
