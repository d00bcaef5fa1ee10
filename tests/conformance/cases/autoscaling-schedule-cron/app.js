// Conformance case 'autoscaling-schedule-cron': the seed's AutoScaling example as written, with
// aws-autoscaling's Schedule.cron (v1's '@aws-cdk/aws-autoscaling'), which aws-cdk-lib v2 accepts
// in scaleOnSchedule and writes as the five-field "0 8 * * *".
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
// `declare const fn: lambda.Function;` in the example: a minimal one.
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const alias = fn.addAlias('prod');

// Create AutoScaling target
const as = alias.addAutoScaling({ maxCapacity: 50 });

// Configure Target Tracking
as.scaleOnUtilization({
  utilizationTarget: 0.5,
});

// Configure Scheduled Scaling
as.scaleOnSchedule('ScaleUpInTheMorning', {
  schedule: autoscaling.Schedule.cron({ hour: '8', minute: '0'}),
  minCapacity: 20,
});

// Beyond the seed: every field, and Schedule.expression.
as.scaleOnSchedule('ScaleDownOnWeekdays', {
  schedule: autoscaling.Schedule.cron({ minute: '30', hour: '18', month: '1-6', weekDay: 'MON-FRI' }),
  maxCapacity: 10,
});
as.scaleOnSchedule('Literal', {
  schedule: autoscaling.Schedule.expression('15 3 1 * *'),
  minCapacity: 5,
});

app.synth();
