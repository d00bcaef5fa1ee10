// Conformance case 'nested-stack-current-version': a function in a nested stack with a `live` alias
// on its currentVersion, its environment reading the parent's queue (a nested-stack parameter); the
// parent outputs the version's ARN (a nested-stack output) and another stack its number (an export
// of the parent's GetAtt of that output). The nested template's asset hash is taken, as aws-cdk-lib's
// _prepareTemplateAsset takes it, over the template with the version's hashed logical id.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const env = { account: '111111111111', region: 'us-east-1' };
const parent = new cdk.Stack(app, 'Parent', { env });
const jobs = new sqs.Queue(parent, 'Jobs');
const workers = new cdk.NestedStack(parent, 'Workers');
const worker = new lambda.Function(workers, 'Worker', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: { JOBS_URL: jobs.queueUrl },
});
worker.addAlias('live');
new cdk.CfnOutput(parent, 'WorkerVersionArn', { value: worker.currentVersion.functionArn });
const ops = new cdk.Stack(app, 'Ops', { env });
new cdk.CfnOutput(ops, 'WorkerVersion', { value: worker.currentVersion.version });
app.synth();
