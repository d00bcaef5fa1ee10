// Conformance case 'unit-function-a-log-retention'
// Upstream: aws-lambda/test/function.test.ts (first half): 'specify log retention', 'logGroup is
// correctly returned', 'one and only one child LogRetention construct will be created', a stack per
// test. The tests run without feature flags: @aws-cdk/aws-lambda:useCdkManagedLogGroup is off on
// each stack (it would make fn.logGroup a managed LogGroup, and logRemovalPolicy an error).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const newStack = (id) => {
  const stack = new cdk.Stack(app, id);
  stack.node.setContext('@aws-cdk/aws-lambda:useCdkManagedLogGroup', false);
  return stack;
};
const out = (stack, id, value) => new cdk.CfnOutput(stack, id, { value });

// 'specify log retention'
new lambda.Function(newStack('LogRetention'), 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  logRetention: logs.RetentionDays.ONE_MONTH,
  logRemovalPolicy: cdk.RemovalPolicy.DESTROY,
});

// 'logGroup is correctly returned'
{
  const stack = newStack('LogGroupReturned');
  const logGroup = new lambda.Function(stack, 'fn', {
    handler: 'foo', runtime: lambda.Runtime.NODEJS_LATEST, code: lambda.Code.fromInline('foo'),
  }).logGroup;
  out(stack, 'LogGroupName', logGroup.logGroupName);
  out(stack, 'LogGroupArn', logGroup.logGroupArn);
}

// 'one and only one child LogRetention construct will be created'
{
  const fn = new lambda.Function(newStack('OneLogRetention'), 'fn', {
    handler: 'foo', runtime: lambda.Runtime.NODEJS_LATEST, code: lambda.Code.fromInline('foo'), logRetention: logs.RetentionDays.FIVE_DAYS,
  });
  fn.logGroup;
  fn.logGroup;
  fn.logGroup;
}
app.synth();
