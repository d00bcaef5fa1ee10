// Conformance case 'environment-encryption-kms': environmentEncryption with a kms.Key (and the
// currentVersion hash that includes KmsKeyArn), DLQs encrypted with KMS, and an SQS destination on
// a KMS-encrypted queue (whose grant covers the key).
// Upstream: aws-lambda/test/function.test.ts 'environment variables work with encryption' ('using
// an encryption key'), 'default function with SQS DLQ when client provides Queue to be used as DLQ
// and deadLetterQueueEnabled set to true' with an encrypted queue; aws-sqs/test/sqs.test.ts
// 'encryption' ('with KMS encryption and a custom key', 'kms managed', 'sqs managed', 'unencrypted').
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const key = new kms.Key(stack, 'EnvVarEncryptKey', { description: 'sample key' });
const fn = new lambda.Function(stack, 'Function', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  environment: { SOME: 'Variable' },
  environmentEncryption: key,
});
fn.currentVersion.addAlias('live');

const dlqKey = new kms.Key(stack, 'DlqKey');
const dlq = new sqs.Queue(stack, 'DLQ', {
  encryption: sqs.QueueEncryption.KMS,
  encryptionMasterKey: dlqKey,
  dataKeyReuse: cdk.Duration.minutes(10),
});
new lambda.Function(stack, 'DlqFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  deadLetterQueue: dlq,
  deadLetterQueueEnabled: true,
});

const destQueue = new sqs.Queue(stack, 'DestinationQueue', { encryption: sqs.QueueEncryption.KMS });
new lambda.Function(stack, 'DestinationFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  onFailure: new destinations.SqsDestination(destQueue),
  onSuccess: new destinations.SqsDestination(dlq),
});

new sqs.Queue(stack, 'KmsManaged', { encryption: sqs.QueueEncryption.KMS_MANAGED });
new sqs.Queue(stack, 'SqsManaged', { encryption: sqs.QueueEncryption.SQS_MANAGED });
new sqs.Queue(stack, 'Unencrypted', { encryption: sqs.QueueEncryption.UNENCRYPTED });
new sqs.Queue(stack, 'KeyOnly', { encryptionMasterKey: dlqKey });

app.synth();
