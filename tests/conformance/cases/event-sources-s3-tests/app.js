// Conformance case 'event-sources-s3-tests': aws-cdk's s3.test.ts (aws-lambda-event-sources), each test
// as its own stack (the tests' `new cdk.Stack()`, here named)
// Ported from aws-cdk: s3.test.ts 'sufficiently complex example', 'test S3EventSourceV2 with IBucket', 'test
// S3EventSourceV2 with Bucket'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
// aws-cdk's test/test-function.ts
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const props = {
  events: [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED],
  filters: [{ prefix: 'prefix/' }, { suffix: '.png' }],
};

{
  const stack = new cdk.Stack(app, 'Complex');
  const fn = testFunction(stack, 'Fn');
  const bucket = new s3.Bucket(stack, 'B');
  fn.addEventSource(new sources.S3EventSource(bucket, props));
}
{
  const stack = new cdk.Stack(app, 'V2IBucket');
  const fn = testFunction(stack, 'Fn');
  const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'bucket-name');
  fn.addEventSource(new sources.S3EventSourceV2(bucket, props));
}
{
  const stack = new cdk.Stack(app, 'V2Bucket');
  const fn = testFunction(stack, 'Fn');
  const bucket = new s3.Bucket(stack, 'B');
  fn.addEventSource(new sources.S3EventSourceV2(bucket, props));
}

app.synth();
