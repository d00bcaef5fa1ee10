// Conformance case 'nested-stack-providers': what a function brings along, inside a NestedStack:
// logRetention (the LogRetention singleton function and its handler asset, named from the
// top-level stack), a bucket with autoDeleteObjects (the custom resource provider of the nested
// stack), currentVersion and an alias, and an S3 event source.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const nested = new cdk.NestedStack(stack, 'Nested');
const bucket = new s3.Bucket(nested, 'Uploads', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  autoDeleteObjects: true,
});
const fn = new lambda.Function(nested, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  logRetention: logs.RetentionDays.ONE_WEEK,
});
fn.addEventSource(new sources.S3EventSource(bucket, { events: [s3.EventType.OBJECT_CREATED] }));
new lambda.Alias(nested, 'Live', { aliasName: 'live', version: fn.currentVersion });
new cdk.CfnOutput(stack, 'BucketName', { value: bucket.bucketName });
app.synth();
