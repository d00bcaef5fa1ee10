// Conformance case 'logs-destinations-lambda-tests': a SubscriptionFilter to a
// logs_destinations.LambdaDestination, a stack per test: the permission for logs.amazonaws.com (in
// the filter, which depends on it), two filters on one function, addPermissions false; and an
// imported function.
// Ported from aws-cdk: aws-logs-destinations/test/lambda.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const dests = require('aws-cdk-lib/aws-logs-destinations');

const app = new cdk.App();
function given(name) {
  const stack = new cdk.Stack(app, name);
  const fn = new lambda.Function(stack, 'MyLambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
  });
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  return { stack, fn, logGroup };
}
{
  const { stack, fn, logGroup } = given('Single');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup, destination: new dests.LambdaDestination(fn), filterPattern: logs.FilterPattern.allEvents(),
  });
}
{
  const { stack, fn, logGroup } = given('Multiple');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup, destination: new dests.LambdaDestination(fn), filterPattern: logs.FilterPattern.allEvents(),
  });
  new logs.SubscriptionFilter(stack, 'Subscription2', {
    logGroup: new logs.LogGroup(stack, 'LG2'), destination: new dests.LambdaDestination(fn),
    filterPattern: logs.FilterPattern.allEvents(),
  });
}
{
  const { stack, fn, logGroup } = given('NoPermissions');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup, destination: new dests.LambdaDestination(fn, { addPermissions: false }),
    filterPattern: logs.FilterPattern.allEvents(),
  });
}
{
  const { stack, logGroup } = given('Imported');
  const imported = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:Other');
  logGroup.addSubscriptionFilter('Subscription', {
    destination: new dests.LambdaDestination(imported), filterPattern: logs.FilterPattern.literal('ERROR'),
  });
}

app.synth();
