// Conformance case 'unit-events-rule-env': rule.test.ts's environment tests that synthesize, with a
// LambdaFunction target in place of its SomeTarget (a named function: its ARN is used across the
// environments): a target in a stack of an account when the rule's stack has none, and the other
// way round (the ruleUnresolvedEnvironment warning, a plain target and its permission across
// stacks); a function imported by an ARN of the rule's own account and region (a plain target).
// Ported from aws-cdk: aws-events/test/rule.test.ts ('requires that the source stack specify a
// concrete account', 'requires that the target stack specify a concrete account', 'allow an
// imported target if is in the same account and region').
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const targets = require('aws-cdk-lib/aws-events-targets');

const app = new cdk.App();
const fnProps = { code: new lambda.InlineCode('foo'), handler: 'bar', runtime: lambda.Runtime.PYTHON_3_9 };
const someEvent = { source: ['some-event'] };

// 'requires that the source stack specify a concrete account'
{
  const sourceStack = new cdk.Stack(app, 'AgnosticSource');
  const rule = new events.Rule(sourceStack, 'Rule', { eventPattern: someEvent });
  const targetStack = new cdk.Stack(app, 'AccountTarget', { env: { account: '234567890123' } });
  rule.addTarget(new targets.LambdaFunction(new lambda.Function(targetStack, 'MyLambda', { ...fnProps, functionName: 'my-function' })));
}
// 'requires that the target stack specify a concrete account'
{
  const sourceStack = new cdk.Stack(app, 'AccountSource', { env: { account: '123456789012' } });
  const rule = new events.Rule(sourceStack, 'Rule', { eventPattern: someEvent });
  const targetStack = new cdk.Stack(app, 'AgnosticTarget');
  rule.addTarget(new targets.LambdaFunction(new lambda.Function(targetStack, 'MyLambda', { ...fnProps, functionName: 'my-function' })));
}
// 'allow an imported target if is in the same account and region'
{
  const sourceStack = new cdk.Stack(app, 'SourceStack', { env: { account: '123456789012', region: 'us-west-2' } });
  const rule = new events.Rule(sourceStack, 'Rule', { eventPattern: someEvent });
  const fn = lambda.Function.fromFunctionArn(sourceStack, 'Imported', 'arn:aws:lambda:us-west-2:123456789012:function:MyFn');
  rule.addTarget(new targets.LambdaFunction(fn));
}

app.synth();
