// Conformance case 'error-dynamodb-pay-per-request-capacities': a PAY_PER_REQUEST Table with readCapacity and writeCapacity
// Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts, 'creating the Table fails when both readCapacity and writeCapacity are specified'.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new dynamodb.Table(stack, 'Table A', {
  tableName: 'MyTable', partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING }, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, readCapacity: 1, writeCapacity: 1,
});
app.synth();
