// Conformance case 'destinations-versions-aliases': onSuccess/onFailure of versions, aliases and
// currentVersionOptions (EventInvokeConfigOptions of VersionOptions and AliasOptions).
// Upstream: aws-lambda/test/lambda-version.test.ts 'with event invoke config', alias.test.ts 'with
// event invoke config', function.test.ts 'currentVersion' with currentVersionOptions, with real
// destinations instead of the tests' stubs.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const queue = new sqs.Queue(stack, 'Queue');
const topic = new sns.Topic(stack, 'Topic');

const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  currentVersionOptions: {
    onFailure: new destinations.SqsDestination(queue),
    retryAttempts: 1,
  },
});
fn.currentVersion.addAlias('live', { onSuccess: new destinations.SnsDestination(topic) });

const version = new lambda.Version(stack, 'Version', {
  lambda: fn,
  onSuccess: new destinations.EventBridgeDestination(),
});
new lambda.Alias(stack, 'Alias', {
  aliasName: 'prod',
  version,
  onFailure: new destinations.LambdaDestination(fn, { responseOnly: true }),
  maxEventAge: cdk.Duration.hours(1),
});

app.synth();
