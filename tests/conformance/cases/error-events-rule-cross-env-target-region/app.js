// Conformance case 'error-events-rule-cross-env-target-region': a Lambda target of another account whose stack has no region
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'requires that the target stack specify a concrete region' (its SomeTarget is a
// LambdaFunction target of a function in the target stack here).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const targets = require('aws-cdk-lib/aws-events-targets');
const fnProps = { code: new lambda.InlineCode('foo'), handler: 'bar', runtime: lambda.Runtime.PYTHON_3_9 };
const app = new cdk.App();
const sourceStack = new cdk.Stack(app, 'SourceStack', { env: { account: '123456789012' } });
const rule = new events.Rule(sourceStack, 'Rule');
const targetStack = new cdk.Stack(app, 'TargetStack', { env: { account: '234567890123' } });
const fn = new lambda.Function(targetStack, 'MyLambda', fnProps);
rule.addTarget(new targets.LambdaFunction(fn));
app.synth();
