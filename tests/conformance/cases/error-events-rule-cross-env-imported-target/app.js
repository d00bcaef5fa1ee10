// Conformance case 'error-events-rule-cross-env-imported-target': a Lambda target imported by an ARN of another region into the rule's stack
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'requires that the target is not imported' (its SomeTarget is a
// LambdaFunction target of a function in the target stack here).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const targets = require('aws-cdk-lib/aws-events-targets');
const fnProps = { code: new lambda.InlineCode('foo'), handler: 'bar', runtime: lambda.Runtime.PYTHON_3_9 };
const app = new cdk.App();
const sourceStack = new cdk.Stack(app, 'SourceStack', { env: { account: '123456789012', region: 'us-west-2' } });
const rule = new events.Rule(sourceStack, 'Rule', { eventPattern: { source: ['some-event'] } });
const fn = lambda.Function.fromFunctionArn(sourceStack, 'Imported', 'arn:aws:lambda:us-west-1:123456789012:function:MyFn');
rule.addTarget(new targets.LambdaFunction(fn));
app.synth();
