// Conformance case 'core-stage': a Stage with two stacks (one referencing the other) beside a
// top-level stack, and a Stage nested in it with an environment of its own: nested cloud
// assemblies (assembly-Prod/, assembly-Prod/assembly-Prod-Eu/), stage-prefixed stack names,
// assets staged once in the outdir and referenced as ../asset.* from the nested manifests.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
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
