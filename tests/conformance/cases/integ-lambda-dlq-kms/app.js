// Conformance case 'integ-lambda-dlq-kms': aws-lambda test/integ.lambda-dlq-kms.ts (dead-letter
// queue and topic encrypted with customer managed keys). STANDARD_NODEJS_RUNTIME (test/config.ts) is
// Runtime.NODEJS_18_X. Dropped: the IntegTest.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const STANDARD_NODEJS_RUNTIME = lambda.Runtime.NODEJS_18_X;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'aws-cdk-lambda-dlq-kms');

const queueKey = new kms.Key(stack, 'QueueKey', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const deadLetterQueue = new sqs.Queue(stack, 'DeadLetterQueue', {
  encryption: sqs.QueueEncryption.KMS,
  encryptionMasterKey: queueKey,
});
new lambda.Function(stack, 'FunctionWithEncryptedQueue', {
  code: new lambda.InlineCode('exports.handler = async () => { throw new Error("fail"); };'),
  handler: 'index.handler',
  runtime: STANDARD_NODEJS_RUNTIME,
  deadLetterQueue,
});

const topicKey = new kms.Key(stack, 'TopicKey', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const deadLetterTopic = new sns.Topic(stack, 'DeadLetterTopic', {
  masterKey: topicKey,
});
new lambda.Function(stack, 'FunctionWithEncryptedTopic', {
  code: new lambda.InlineCode('exports.handler = async () => { throw new Error("fail"); };'),
  handler: 'index.handler',
  runtime: STANDARD_NODEJS_RUNTIME,
  deadLetterTopic,
});

app.synth();
