// Conformance case 'event-sources-api-env-tags': ApiEventSource in a stack with an account and a
// region: the invoke permissions' SourceArn is Stack.of(restApi).formatArn(...), with the stack's
// concrete region and account; Tags.of(app / stack) reach the RestApi and its Stage (CfnRestApi and
// CfnStage are taggable). Found by tests/difffuzz (gen.py).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', {env: {account: '222222222222', region: 'eu-west-1'}});
const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
fn.addEventSource(new sources.ApiEventSource('get', '/items/{id}'));
fn.addEventSource(new sources.ApiEventSource('any', '/'));
cdk.Tags.of(stack).add('team', 'orders');
cdk.Tags.of(app).add('cost-center', 'ü ✓');

app.synth();
