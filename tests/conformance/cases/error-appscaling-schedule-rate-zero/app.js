// Conformance case 'error-appscaling-schedule-rate-zero': appscaling Schedule.rate of 0 days
// Ported from aws-cdk: aws-applicationautoscaling/test/schedule.test.ts, 'rate cannot be 0'.
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
target.scaleOnSchedule('ScaleUp', { schedule: appscaling.Schedule.rate(cdk.Duration.days(0)), maxCapacity: 50 });
app.synth();
