// Conformance case 'ported-s3-v2-bucket-default': aws-lambda-event-sources' s3.test.ts 'test S3EventSourceV2 with Bucket' as written,
// in its `new cdk.Stack()` ('Default': the bucket's permission is AllowBucketNotificationsToFn, the
// function's unique id without a stack name), with the newer test-function.ts (NODEJS_LATEST, its
// handler as ts-jest's handler.toString() gives it) (exception: the notifications handler's code)
// Ported from aws-cdk: aws-lambda-event-sources/test/s3.test.ts 'test S3EventSourceV2 with Bucket'
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
// GIVEN
const stack = new cdk.Stack(app);
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const bucket = new s3.Bucket(stack, 'B');
// WHEN
fn.addEventSource(new sources.S3EventSourceV2(bucket, {
  events: [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED],
  filters: [
    { prefix: 'prefix/' },
    { suffix: '.png' },
  ],
}));

app.synth();
