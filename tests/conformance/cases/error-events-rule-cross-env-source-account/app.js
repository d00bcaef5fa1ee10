// Conformance case 'error-events-rule-cross-env-source-account': a Lambda target of another region and account, the rule's stack without an account
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'requires that the target stack specify a concrete region' (its SomeTarget is a
// LambdaFunction target of a function in the target stack here).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const targets = require('aws-cdk-lib/aws-events-targets');
const fnProps = { code: new lambda.InlineCode('foo'), handler: 'bar', runtime: lambda.Runtime.PYTHON_3_9 };
// The source's counterpart of that test: the regions differ and the rule's account is unresolved.
const app = new cdk.App();
const sourceStack = new cdk.Stack(app, 'SourceStack', { env: { region: 'us-west-2' } });
const rule = new events.Rule(sourceStack, 'Rule', { eventPattern: { source: ['some-event'] } });
const targetStack = new cdk.Stack(app, 'TargetStack', { env: { account: '234567890123', region: 'us-east-1' } });
const fn = new lambda.Function(targetStack, 'MyLambda', fnProps);
rule.addTarget(new targets.LambdaFunction(fn));
app.synth();
