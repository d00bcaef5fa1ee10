// Conformance case 'events-targets-lambda-tests': targets.LambdaFunction as aws-events-targets'
// lambda tests use it, one stack per test: two rules on one function, the same function (and
// singleton) twice with RuleTargetInput.fromObject (one permission), two functions, a function of
// another stack, a dead-letter queue (its QueuePolicy), one of another account (the warning, no
// policy), retryAttempts/maxEventAge and retryAttempts 0.
// Ported from aws-cdk: aws-events-targets/test/lambda/lambda.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const targets = require('aws-cdk-lib/aws-events-targets');

const app = new cdk.App();
function newTestLambda(scope, suffix = '') {
  return new lambda.Function(scope, `MyLambda${suffix}`, {
    code: new lambda.InlineCode('foo'),
    handler: 'bar',
    runtime: lambda.Runtime.PYTHON_3_9,
  });
}
const minute = () => events.Schedule.rate(cdk.Duration.minutes(1));

// 'use lambda as an event rule target'
{
  const stack = new cdk.Stack(app, 'TwoRules');
  const fn = newTestLambda(stack);
  const rule1 = new events.Rule(stack, 'Rule', { schedule: minute() });
  const rule2 = new events.Rule(stack, 'Rule2', { schedule: events.Schedule.rate(cdk.Duration.minutes(5)) });
  rule1.addTarget(new targets.LambdaFunction(fn));
  rule2.addTarget(new targets.LambdaFunction(fn));
}
// 'adding same lambda function as target mutiple times creates permission only once'
{
  const stack = new cdk.Stack(app, 'SameTwice');
  const fn = newTestLambda(stack);
  const rule = new events.Rule(stack, 'Rule', { schedule: minute() });
  rule.addTarget(new targets.LambdaFunction(fn, { event: events.RuleTargetInput.fromObject({ key: 'value1' }) }));
  rule.addTarget(new targets.LambdaFunction(fn, { event: events.RuleTargetInput.fromObject({ key: 'value2' }) }));
}
// 'adding different lambda functions as target mutiple times creates multiple permissions'
{
  const stack = new cdk.Stack(app, 'TwoFunctions');
  const fn1 = newTestLambda(stack);
  const fn2 = newTestLambda(stack, '2');
  const rule = new events.Rule(stack, 'Rule', { schedule: minute() });
  rule.addTarget(new targets.LambdaFunction(fn1, { event: events.RuleTargetInput.fromObject({ key: 'value1' }) }));
  rule.addTarget(new targets.LambdaFunction(fn2, {
    event: events.RuleTargetInput.fromObject({ key: 'value2', n: 3, list: ['a', true, null], arn: fn2.functionArn }),
  }));
}
// 'adding same singleton lambda function as target mutiple times creates permission only once'
{
  const stack = new cdk.Stack(app, 'Singleton');
  const fn = new lambda.SingletonFunction(stack, 'MyLambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'bar',
    runtime: lambda.Runtime.PYTHON_3_9,
    uuid: 'uuid',
  });
  const rule = new events.Rule(stack, 'Rule', { schedule: minute() });
  rule.addTarget(new targets.LambdaFunction(fn, { event: events.RuleTargetInput.fromObject({ key: 'value1' }) }));
  rule.addTarget(new targets.LambdaFunction(fn, { event: events.RuleTargetInput.fromObject({ key: 'value2' }) }));
}
// 'lambda handler and cloudwatch event across stacks'
{
  const lambdaStack = new cdk.Stack(app, 'LambdaStack');
  const fn = new lambda.Function(lambdaStack, 'MyLambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'bar',
    runtime: lambda.Runtime.PYTHON_3_9,
  });
  const eventStack = new cdk.Stack(app, 'EventStack');
  new events.Rule(eventStack, 'Rule', { schedule: minute(), targets: [new targets.LambdaFunction(fn)] });
}
// 'use a Dead Letter Queue for the rule target'
{
  const stack = new cdk.Stack(app, 'Stack');
  const fn = newTestLambda(stack);
  const queue = new sqs.Queue(stack, 'Queue');
  new events.Rule(stack, 'Rule', {
    schedule: minute(),
    targets: [new targets.LambdaFunction(fn, { deadLetterQueue: queue })],
  });
}
// 'must display a warning when using a Dead Letter Queue from another account'
{
  const stack1 = new cdk.Stack(app, 'Stack1', { env: { region: 'eu-west-1', account: '111111111111' } });
  const stack2 = new cdk.Stack(app, 'Stack2', { env: { region: 'eu-west-1', account: '222222222222' } });
  const fn = newTestLambda(stack1);
  const queue = sqs.Queue.fromQueueArn(stack2, 'Queue', 'arn:aws:sqs:eu-west-1:444455556666:queue1');
  new events.Rule(stack1, 'Rule', {
    schedule: minute(),
    targets: [new targets.LambdaFunction(fn, { deadLetterQueue: queue })],
  });
}
// 'specifying retry policy', 'specifying retry policy with 0 retryAttempts'
{
  const stack = new cdk.Stack(app, 'Retry');
  const fn = newTestLambda(stack);
  new events.Rule(stack, 'Rule', {
    schedule: minute(),
    targets: [new targets.LambdaFunction(fn, { retryAttempts: 2, maxEventAge: cdk.Duration.hours(2) })],
  });
  new events.Rule(stack, 'Rule2', {
    schedule: minute(),
    targets: [new targets.LambdaFunction(fn, { retryAttempts: 0 })],
  });
}

app.synth();
