// Conformance case 'durable-config-units': durableConfig durations in other units (executionTimeout in
// minutes, hours, days and millis; retentionPeriod in hours and minutes that are whole days), a durable
// function with its own role (no managed policy added) and one with a dead-letter queue.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');
const base = { code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_18_X };
new lambda.Function(stack, 'Minutes', { ...base, durableConfig: { executionTimeout: cdk.Duration.minutes(90), retentionPeriod: cdk.Duration.hours(48) } });
new lambda.Function(stack, 'Days', { ...base, durableConfig: { executionTimeout: cdk.Duration.days(366), retentionPeriod: cdk.Duration.minutes(1440) } });
new lambda.Function(stack, 'Millis', { ...base, durableConfig: { executionTimeout: cdk.Duration.millis(5000) } });
new lambda.Function(stack, 'OwnRole', {
  ...base,
  role: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
  durableConfig: { executionTimeout: cdk.Duration.hours(1) },
});
new lambda.Function(stack, 'WithDlq', { ...base, deadLetterQueueEnabled: true, durableConfig: { executionTimeout: cdk.Duration.hours(1) } });

app.synth();
