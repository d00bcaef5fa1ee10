// Conformance case 'validation-report-stage': core-stage's app (a Stage with two stacks beside a
// top-level stack, a Stage nested in it) with creation stack traces off, its validation-report.json
// compared: one report at the root for the stacks of every stage, the stages' stacks first (post-
// order), template paths into the nested assemblies; nodejs20.x in two stages (W2531, one violation).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App({ context: { 'aws:cdk:disable-creation-stack-traces': true } });
const top = new cdk.Stack(app, 'Top');
new sqs.Queue(top, 'Q');

const prod = new cdk.Stage(app, 'Prod', { env: { account: '123456789012', region: 'us-east-1' } });
const data = new cdk.Stack(prod, 'Data');
const queue = new sqs.Queue(data, 'Jobs');
const api = new cdk.Stack(prod, 'Api');
new lambda.Function(api, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  environment: { QUEUE_URL: queue.queueUrl },
});

const eu = new cdk.Stage(prod, 'Eu', { env: { region: 'eu-west-1' } });
const edge = new cdk.Stack(eu, 'Edge');
new lambda.Function(edge, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
});
app.synth();
