// Conformance case 'integ-dynamodb-kinesis-stream': aws-cdk's integ.dynamodb.kinesis-stream.ts
// (framework-integ/test/aws-dynamodb); nothing dropped
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'aws-cdk-dynamodb-kinesis-stream');

const stream = new kinesis.Stream(stack, 'Stream');

new dynamodb.Table(stack, 'Table', {
  partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING },
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  kinesisStream: stream,
});

app.synth();
