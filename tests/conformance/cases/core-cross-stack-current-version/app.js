// Conformance case 'core-cross-stack-current-version': a function whose environment references
// another stack has a currentVersion: its version hash covers the imported value (Fn::ImportValue,
// or Fn::GetStackOutput under cdk init's weak references), not the producer's Ref.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const shared = new cdk.Stack(app, 'Shared');
const queue = new sqs.Queue(shared, 'Jobs');
const api = new cdk.Stack(app, 'Api');
const fn = new lambda.Function(api, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  environment: { QUEUE_URL: queue.queueUrl },
});
fn.addAlias('live');
app.synth();
