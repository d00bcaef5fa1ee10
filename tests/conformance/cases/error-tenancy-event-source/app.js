// Conformance case 'error-tenancy-event-source': error: an SqsEventSource on a function with tenancyConfig PER_TENANT
// Ported from aws-cdk: function.test.ts, the tenancyConfig tests (event sources other than ApiEventSource throw) (the test itself not located in the stored copy of aws-cdk; the check is aws-cdk-lib's)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});
const queue = new sqs.Queue(stack, 'Queue');
fn.addEventSource(new sources.SqsEventSource(queue));

app.synth();
