// Conformance case 'event-sources-s3-v2': S3EventSourceV2 with an imported bucket (IBucket) and with a
// Bucket, and S3EventSource with a bucket of another account (the permission's SourceAccount)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'bucket-name');
fn.addEventSource(new eventsources.S3EventSourceV2(imported, {
  events: [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED],
  filters: [{ prefix: 'prefix/' }, { suffix: '.png' }],
}));
const bucket = new s3.Bucket(stack, 'Bucket');
fn.addEventSource(new eventsources.S3EventSourceV2(bucket, {
  events: [s3.EventType.OBJECT_CREATED_PUT],
}));
const foreign = s3.Bucket.fromBucketAttributes(stack, 'Foreign', {
  bucketArn: 'arn:aws:s3:::some-bucket-not-in-this-account',
  account: '1234567',
});
fn.addEventSource(new eventsources.S3EventSource(foreign, { events: [s3.EventType.OBJECT_CREATED] }));

app.synth();
