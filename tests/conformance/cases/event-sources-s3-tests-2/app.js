// Conformance case 'event-sources-s3-tests-2': aws-cdk's s3.test.ts (aws-lambda-event-sources), the test
// no other case ports as written ('Cross account buckect access', its stack 'stack') and the others
// taken further, a stack per test: a filter of both a prefix and a suffix with narrow event types,
// S3EventSourceV2 without filters on Bucket.fromBucketArn, two functions on one bucket (one
// notifications resource), one source bound to two functions, a bucket imported with another
// account and region, a source of no events (no notifications), a bucket of another stack,
// functions imported by ARN of the stack's account and of another
// (exception: the notifications handler's code)
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

{
  const stack = new cdk.Stack(app, 'stack');
  const fn = testFunction(stack, 'Fn');
  const accountB = '1234567';
  const foreignBucket = s3.Bucket.fromBucketAttributes(stack, 'ImportedBucket', {
    bucketArn: 'arn:aws:s3:::some-bucket-not-in-this-account',
    account: accountB,
  });
  fn.addEventSource(new sources.S3EventSource(foreignBucket, { events: [s3.EventType.OBJECT_CREATED] }));
}
{
  const stack = new cdk.Stack(app, 'PrefixAndSuffix');
  const fn = testFunction(stack, 'Fn');
  const bucket = new s3.Bucket(stack, 'B');
  fn.addEventSource(new sources.S3EventSource(bucket, {
    events: [s3.EventType.OBJECT_CREATED_PUT, s3.EventType.OBJECT_CREATED_COPY, s3.EventType.OBJECT_REMOVED_DELETE_MARKER_CREATED],
    filters: [{ prefix: 'images/', suffix: '.jpg' }],
  }));
}
{
  const stack = new cdk.Stack(app, 'V2FromArn');
  const fn = testFunction(stack, 'Fn');
  const bucket = s3.Bucket.fromBucketArn(stack, 'Bucket', 'arn:aws:s3:::bucket-by-arn');
  fn.addEventSource(new sources.S3EventSourceV2(bucket, { events: [s3.EventType.OBJECT_RESTORE_COMPLETED, s3.EventType.OBJECT_TAGGING] }));
}
{
  const stack = new cdk.Stack(app, 'TwoFunctions');
  const bucket = new s3.Bucket(stack, 'B');
  testFunction(stack, 'Fn').addEventSource(new sources.S3EventSource(bucket, {
    events: [s3.EventType.OBJECT_CREATED], filters: [{ suffix: '.png' }],
  }));
  testFunction(stack, 'Fn2').addEventSource(new sources.S3EventSourceV2(bucket, {
    events: [s3.EventType.OBJECT_REMOVED], filters: [{ prefix: 'old/' }],
  }));
}
{
  const stack = new cdk.Stack(app, 'OneSourceTwoFunctions');
  const bucket = new s3.Bucket(stack, 'B');
  const source = new sources.S3EventSource(bucket, { events: [s3.EventType.OBJECT_CREATED] });
  testFunction(stack, 'Fn').addEventSource(source);
  testFunction(stack, 'Fn2').addEventSource(source);
}
{
  const stack = new cdk.Stack(app, 'OtherRegion', { env: { account: '111111111111', region: 'us-east-1' } });
  const fn = testFunction(stack, 'Fn');
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'ImportedBucket', {
    bucketName: 'far-bucket', account: '222222222222', region: 'eu-west-1',
  });
  fn.addEventSource(new sources.S3EventSourceV2(bucket, { events: [s3.EventType.OBJECT_CREATED], filters: [{ prefix: 'a/' }] }));
}
{
  const stack = new cdk.Stack(app, 'NoEvents');
  const bucket = new s3.Bucket(stack, 'B');
  testFunction(stack, 'Fn').addEventSource(new sources.S3EventSource(bucket, { events: [] }));
}
{
  const producer = new cdk.Stack(app, 'CrossStackBucket');
  const bucket = new s3.Bucket(producer, 'B');
  const stack = new cdk.Stack(app, 'CrossStackFunction');
  testFunction(stack, 'Fn').addEventSource(new sources.S3EventSource(bucket, {
    events: [s3.EventType.OBJECT_CREATED], filters: [{ prefix: 'in/' }],
  }));
}
{
  const stack = new cdk.Stack(app, 'ImportedFunctions', { env: { account: '111111111111', region: 'us-east-1' } });
  const bucket = new s3.Bucket(stack, 'B');
  const same = lambda.Function.fromFunctionArn(stack, 'Same', 'arn:aws:lambda:us-east-1:111111111111:function:same');
  same.addEventSource(new sources.S3EventSource(bucket, { events: [s3.EventType.OBJECT_CREATED] }));
  const other = lambda.Function.fromFunctionArn(stack, 'Other', 'arn:aws:lambda:us-east-1:999999999999:function:other');
  other.addEventSource(new sources.S3EventSourceV2(bucket, { events: [s3.EventType.OBJECT_REMOVED] }));
}

app.synth();
