// Conformance case 'integ-lambda-log-retention': aws-lambda test/integ.log-retention.ts.
// propagateTagsToLogGroup (OneMonth) is dropped: aws-cdk-lib 2.276.0 has no such prop (the
// integ file is newer; JavaScript would ignore it).
'use strict';
const logs = require('aws-cdk-lib/aws-logs');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

const stack = new cdk.Stack(app, 'aws-cdk-lambda-log-retention');

new lambda.Function(stack, 'OneWeek', {
  code: new lambda.InlineCode('exports.handler = (event) => console.log(JSON.stringify(event));'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
  logRetention: logs.RetentionDays.ONE_WEEK,
});

const fn = new lambda.Function(stack, 'OneMonth', {
  code: new lambda.InlineCode('exports.handler = (event) => console.log(JSON.stringify(event));'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
  logRetention: logs.RetentionDays.ONE_MONTH,
  functionName: 'OneMonthFunction',
});
cdk.Tags.of(fn).add('env', 'beta');
cdk.Tags.of(fn).add('dept', 'eng');

new lambda.Function(stack, 'OneYear', {
  code: new lambda.InlineCode('exports.handler = (event) => console.log(JSON.stringify(event));'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
  logRetention: logs.RetentionDays.ONE_YEAR,
  functionName: 'OneYearFunction',
});

app.synth();
