// Conformance case 'ported-s3-default-stack': aws-cdk's s3.test.ts (aws-lambda-event-sources) with the
// newer test-function.ts (NODEJS_LATEST, its handler as ts-jest's handler.toString() gives it), each
// test's stack `new cdk.Stack()` as written for 'sufficiently complex example' ('Default': the
// bucket's permission to the function is AllowBucketNotificationsToFn, the function's unique id
// without the stack's name), the two S3EventSourceV2 tests a named stack each
// (exception: the notifications handler's code)
// Ported from aws-cdk: s3.test.ts 'sufficiently complex example', 'test S3EventSourceV2 with IBucket',
// 'test S3EventSourceV2 with Bucket'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
// aws-cdk's newer test/test-function.ts
async function handler(event) {
    console.log('event:', JSON.stringify(event, undefined, 2));
    return { event };
}
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const props = () => ({
  events: [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED],
  filters: [
    { prefix: 'prefix/' },
    { suffix: '.png' },
  ],
});

{
  const stack = new cdk.Stack(app);
  const fn = testFunction(stack, 'Fn');
  const bucket = new s3.Bucket(stack, 'B');
  fn.addEventSource(new sources.S3EventSource(bucket, props()));
}
{
  const stack = new cdk.Stack(app, 'S3EventSourceV2WithIBucket');
  const fn = testFunction(stack, 'Fn');
  const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'bucket-name');
  fn.addEventSource(new sources.S3EventSourceV2(bucket, props()));
}
{
  const stack = new cdk.Stack(app, 'S3EventSourceV2WithBucket');
  const fn = testFunction(stack, 'Fn');
  const bucket = new s3.Bucket(stack, 'B');
  fn.addEventSource(new sources.S3EventSourceV2(bucket, props()));
}

app.synth();
