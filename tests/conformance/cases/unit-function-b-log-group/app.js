// Conformance case 'unit-function-b-log-group'
// Upstream: aws-lambda/test/function.test.ts: 'log group inherits tags from function when
// USE_CDK_MANAGED_LAMBDA_LOGGROUP is enabled' (the flag on the stack), 'does not create a managed log
// group when context flag is not specified', describe('Lambda Function log group behavior'): 'does
// not throw if only logRetention is set', 'does not throw if only logGroup is set'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const code = 'exports.handler = async () => {};';

let stack = new cdk.Stack(app, 'ManagedLogGroupTags');
stack.node.setContext('@aws-cdk/aws-lambda:useCdkManagedLogGroup', true);
const fn = new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromInline(code),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
cdk.Tags.of(fn).add('Environment', 'Test');
cdk.Tags.of(fn).add('Owner', 'CDKTeam');

stack = new cdk.Stack(app, 'NoFlag');
new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromInline(code),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});

stack = new cdk.Stack(app, 'LogRetentionOnly');
new lambda.Function(stack, 'LogRetentionOnlyFunction', {
  code: lambda.Code.fromInline(code),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  logRetention: logs.RetentionDays.ONE_WEEK,
});

stack = new cdk.Stack(app, 'LogGroupOnly');
new lambda.Function(stack, 'LogGroupOnlyFunction', {
  code: lambda.Code.fromInline(code),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  logGroup: new logs.LogGroup(stack, 'MyLogGroup'),
});
app.synth();
