// Conformance case 'user-reports-pipeline': a user's app, not written before: a function deployed
// from a build bucket (Code.fromBucket without an object version: aws-cdk-lib's warning), fed by an
// SQS queue, with a live alias and a team warning of its own; validation-report.json compared (under
// cli+init the annotations' report holds both warnings). Creation stack traces off.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App({ context: { 'aws:cdk:disable-creation-stack-traces': true } });
const stack = new cdk.Stack(app, 'ReportsPipeline', { env: { account: '111122223333', region: 'eu-west-1' } });
const artifacts = s3.Bucket.fromBucketName(stack, 'Artifacts', 'acme-build-artifacts');
const jobs = new sqs.Queue(stack, 'Jobs', { visibilityTimeout: cdk.Duration.minutes(5) });
const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'reports.handler',
  code: lambda.Code.fromBucket(artifacts, 'reports/worker.zip'),
  timeout: cdk.Duration.minutes(1),
  memorySize: 512,
  environment: { OUTPUT_BUCKET: 'acme-reports' },
});
worker.addEventSource(new sources.SqsEventSource(jobs, { batchSize: 5 }));
worker.addAlias('live');
cdk.Annotations.of(worker).addWarningV2('acme:reports:owner', 'owned by the reports team: page them first');
app.synth();
