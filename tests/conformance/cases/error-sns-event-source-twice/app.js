// Conformance case 'error-sns-event-source-twice': the same topic's SnsEventSource added twice to a function (the permission id AllowInvoke:<topic id> taken)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
// aws-cdk's test/test-function.ts
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const topic = new sns.Topic(stack, 'T');
fn.addEventSource(new sources.SnsEventSource(topic));
fn.addEventSource(new sources.SnsEventSource(topic));

app.synth();
