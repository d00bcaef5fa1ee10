// Conformance case 'error-events-rule-too-many-targets': a Rule with six targets (six LambdaFunction targets in place of the test's custom ones)
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'rule cannot have more than 5 targets'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const targets = require('aws-cdk-lib/aws-events-targets');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'), handler: 'bar', runtime: lambda.Runtime.PYTHON_3_9,
});
new events.Rule(stack, 'MyRule', {
  schedule: events.Schedule.rate(cdk.Duration.minutes(10)),
  targets: [1, 2, 3, 4, 5, 6].map(() => new targets.LambdaFunction(fn)),
});
app.synth();
