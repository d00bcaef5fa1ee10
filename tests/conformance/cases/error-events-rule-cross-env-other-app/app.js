// Conformance case 'error-events-rule-cross-env-other-app': a Lambda target of another account in a stack of another App
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'requires that the source and target stacks be part of the same App' (its SomeTarget is a
// LambdaFunction target of a function in the target stack here).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const targets = require('aws-cdk-lib/aws-events-targets');
const fnProps = { code: new lambda.InlineCode('foo'), handler: 'bar', runtime: lambda.Runtime.PYTHON_3_9 };
const sourceApp = new cdk.App();
const sourceStack = new cdk.Stack(sourceApp, 'SourceStack', { env: { account: '123456789012', region: 'us-west-2' } });
const rule = new events.Rule(sourceStack, 'Rule', { eventPattern: { source: ['some-event'] } });
const targetApp = new cdk.App();
const targetStack = new cdk.Stack(targetApp, 'TargetStack', { env: { account: '234567890123', region: 'us-west-2' } });
const fn = new lambda.Function(targetStack, 'MyLambda', fnProps);
rule.addTarget(new targets.LambdaFunction(fn));
sourceApp.synth();
