// error: autoScaleWriteCapacity on a PAY_PER_REQUEST Table
// (aws-dynamodb/test/dynamodb.test.ts, auto scaling)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING }, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST });
{
  t.autoScaleWriteCapacity({ minCapacity: 1, maxCapacity: 10 });
}
app.synth();
