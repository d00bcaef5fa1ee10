// Conformance case 'error-events-input-duplicate-key': two EventField paths of one key ("a-b") in a
// target's input: aws-cdk-lib's error when the rule binds it.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
new events.Rule(stack, 'Rule', {
  schedule: events.Schedule.rate(cdk.Duration.hours(1)),
  targets: [new targets.LambdaFunction(fn, {
    event: events.RuleTargetInput.fromObject({ a: events.EventField.fromPath('$.a-b'), b: events.EventField.fromPath('$.a.b') }),
  })],
});
app.synth();
