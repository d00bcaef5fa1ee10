// error: autoScaleReadCapacity with minCapacity above maxCapacity
// (aws-dynamodb/test/dynamodb.test.ts, auto scaling)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING } });
{
  t.autoScaleReadCapacity({ minCapacity: 50, maxCapacity: 5 });
}
app.synth();
