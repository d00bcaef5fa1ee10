// Conformance case 'error-appscaling-schedule-without-capacity': scaleOnSchedule with neither minCapacity nor maxCapacity
// Ported from aws-cdk: aws-applicationautoscaling/test/scalable-target.test.ts, 'add scheduled scaling with neither of min/maxCapacity defined throws error' (through alias.addAutoScaling).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_LATEST,
});
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });

const target = alias.addAutoScaling({ maxCapacity: 20 });
target.scaleOnSchedule('ScaleUp', { schedule: appscaling.Schedule.rate(cdk.Duration.minutes(1)) });
app.synth();
