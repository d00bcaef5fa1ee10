// Conformance case 'integ-targets-lambda-cross-account': aws-cdk's lambda/integ.cross-account.ts (framework-integ/test/aws-events-targets);
// the IntegTest dropped. The file passes LambdaFunction a `role` prop that aws-cdk-lib 2.276.0's LambdaFunctionProps does not have
// (it is ignored there: the Role is made but not used by the target); kept as written.
'use strict';
const { App, Duration, Stack } = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new App({ context: { '@aws-cdk/core:disableGitSource': true } });
const stack = new Stack(app, 'lambda-events-cross-account');

const fn = lambda.Function.fromFunctionArn(
  stack,
  'External',
  'arn:aws:lambda:eu-west-1:234567890123:function:MyFn',
);

const timer = new events.Rule(stack, 'Timer', {
  schedule: events.Schedule.rate(Duration.minutes(1)),
});

const role = new iam.Role(stack, 'Role', {
  assumedBy: new iam.ServicePrincipal('events.amazonaws.com'),
});

timer.addTarget(new targets.LambdaFunction(fn, { role }));

app.synth();
