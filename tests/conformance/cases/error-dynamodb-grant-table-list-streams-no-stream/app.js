// error: grantTableListStreams on a Table without a stream (dynamodb.test.ts: "grantTableListStreams
// should fail if streaming is not enabled on table")
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const table = new dynamodb.Table(stack, 'my-table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
const user = new iam.User(stack, 'user');
table.grantTableListStreams(user);
app.synth();
