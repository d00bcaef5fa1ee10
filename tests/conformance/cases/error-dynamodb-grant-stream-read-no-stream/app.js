// Conformance case 'error-dynamodb-grant-stream-read-no-stream': grantStreamRead on a Table without a stream
// Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts, '"grantStreamRead" should fail if streaming is not enabled on table"'.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const table = new dynamodb.Table(stack, 'my-table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
table.grantStreamRead(new iam.User(stack, 'user'));
app.synth();
