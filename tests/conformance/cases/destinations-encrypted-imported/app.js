// Conformance case 'destinations-encrypted-imported': lambda-destinations on encrypted and imported
// targets: a KMS queue (SqsDestination: kms grants), a topic with a master key (SnsDestination), a
// KMS bucket (S3Destination), an imported queue and an imported bus, a responseOnly
// LambdaDestination of a function imported from another account (the rule's target: no permission,
// aws-cdk-lib's warning), and
// one function the responseOnly destination of two others (a rule and a permission each)
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const props = {
  code: lambda.Code.fromInline('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
};

const queue = new sqs.Queue(stack, 'KmsQueue', { encryption: sqs.QueueEncryption.KMS });
const topic = new sns.Topic(stack, 'KmsTopic', { masterKey: new kms.Key(stack, 'TopicKey') });
new lambda.Function(stack, 'A', {
  ...props,
  onSuccess: new destinations.SqsDestination(queue),
  onFailure: new destinations.SnsDestination(topic),
});

const bucket = new s3.Bucket(stack, 'KmsBucket', { encryption: s3.BucketEncryption.KMS });
const imported = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:other');
new lambda.Function(stack, 'B', {
  ...props,
  onSuccess: new destinations.S3Destination(bucket),
  onFailure: new destinations.LambdaDestination(imported, { responseOnly: true }),
});

new lambda.Function(stack, 'C', {
  ...props,
  onSuccess: new destinations.SqsDestination(sqs.Queue.fromQueueArn(stack, 'ImportedQueue', 'arn:aws:sqs:us-east-1:123456789012:q')),
  onFailure: new destinations.EventBridgeDestination(events.EventBus.fromEventBusArn(stack, 'ImportedBus', 'arn:aws:events:us-east-1:123456789012:event-bus/bus')),
});

const shared = new lambda.Function(stack, 'Shared', props);
new lambda.Function(stack, 'D', { ...props, onSuccess: new destinations.LambdaDestination(shared, { responseOnly: true }) });
new lambda.Function(stack, 'E', {
  ...props,
  onSuccess: new destinations.LambdaDestination(shared, { responseOnly: true }),
  onFailure: new destinations.LambdaDestination(shared, { responseOnly: true }),
});

app.synth();
