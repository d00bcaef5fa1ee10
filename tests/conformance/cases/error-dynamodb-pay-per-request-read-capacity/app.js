// Conformance case 'error-dynamodb-pay-per-request-read-capacity': a PAY_PER_REQUEST Table with readCapacity
// Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts, 'creating the Table fails when readCapacity is specified'.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new dynamodb.Table(stack, 'Table A', {
  tableName: 'MyTable', partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING }, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, readCapacity: 1,
});
app.synth();
