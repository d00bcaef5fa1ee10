// Conformance case 'event-invoke-config': configureAsyncInvoke on functions, versions, aliases and
// imports, with destinations.
// Upstream: aws-lambda/test/function.test.ts 'with event invoke config', 'can use
// configureAsyncInvoke', 'event invoke config on imported lambda'; lambda-version.test.ts 'with event
// invoke config', 'event invoke config on imported versions'; alias.test.ts 'with event invoke
// config', 'can use configureAsyncInvoke', 'event invoke config on imported alias'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const queue = new sqs.Queue(stack, 'Queue');

const fn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
});
fn.configureAsyncInvoke({
  onFailure: new destinations.SqsDestination(queue),
  maxEventAge: cdk.Duration.hours(1),
  retryAttempts: 0,
});

const version = new lambda.Version(stack, 'Version', {
  lambda: fn,
  maxEventAge: cdk.Duration.hours(1),
  retryAttempts: 0,
});
const version2 = new lambda.Version(stack, 'Version2', { lambda: fn });
version2.configureAsyncInvoke({
  onSuccess: new destinations.LambdaDestination(fn, { responseOnly: true }),
  retryAttempts: 2,
});

const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version });
alias.configureAsyncInvoke({
  onSuccess: new destinations.EventBridgeDestination(),
  onFailure: new destinations.LambdaDestination(fn),
  maxEventAge: cdk.Duration.minutes(1),
});

const imported = lambda.Function.fromFunctionAttributes(stack, 'Imported', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
});
imported.configureAsyncInvoke({ retryAttempts: 1 });

const importedVersion = lambda.Version.fromVersionArn(stack, 'ImportedVersion',
  'arn:aws:lambda:region:account-id:function:function-name:version1');
importedVersion.configureAsyncInvoke({ retryAttempts: 1, onFailure: new destinations.EventBridgeDestination() });

const importedAlias = lambda.Alias.fromAliasAttributes(stack, 'ImportedAlias', {
  aliasName: 'alias-name', aliasVersion: importedVersion,
});
importedAlias.configureAsyncInvoke({ retryAttempts: 1 });

// a SingletonFunction's config is its own child (FunctionBase.configureAsyncInvoke, not delegated)
const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
  uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
});
singleton.configureAsyncInvoke({ retryAttempts: 1, onSuccess: new destinations.SqsDestination(queue) });

app.synth();
