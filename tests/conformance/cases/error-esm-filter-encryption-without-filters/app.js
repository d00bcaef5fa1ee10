// Conformance case 'error-esm-filter-encryption-without-filters': error: adding filter criteria encryption without filter criteria
// Ported from aws-cdk: event-source-mapping.test.ts 'adding filter criteria encryption without filter criteria'
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const fn = new lambda.Function(stack, 'fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const topicNameParam = new cdk.CfnParameter(stack, 'TopicNameParam', { type: 'String' });
const myKey = kms.Key.fromKeyArn(stack, 'SourceBucketEncryptionKey', 'arn:aws:kms:us-east-1:123456789012:key/<key-id>');
new lambda.EventSourceMapping(stack, 'test', {
  target: fn, eventSourceArn: 'some-arn', kafkaTopic: topicNameParam.valueAsString, filterEncryption: myKey
});

app.synth();
