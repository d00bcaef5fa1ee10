// Conformance case 'integ-es-s3-imported-bucket': aws-cdk's integ.s3.imported-bucket.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; app.synth() added; the file's Bucket.BucketEncryption (undefined in aws-cdk-lib 2.276.0) written as s3.BucketEncryption
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const lambda = require('aws-cdk-lib/aws-lambda');

// test-function.ts's TestFunction (its STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X)
class TestFunction extends lambda.Function {
  constructor(scope, id) {
    super(scope, id, {
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
      runtime: lambda.Runtime.NODEJS_18_X,
    });
  }
}

async function handler(event) {
  console.log('event:', JSON.stringify(event, undefined, 2));
  return { event };
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack1 = new cdk.Stack(app, 'TestStack1');
const stack2 = new cdk.Stack(app, 'TestStack2');

const bucket = new s3.Bucket(stack1, 'bucket', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  encryption: s3.BucketEncryption.S3_MANAGED,
});

const fn = new TestFunction(stack2, 'F');
fn.addEventSource(new eventsources.S3EventSourceV2(s3.Bucket.fromBucketName(stack2, 'Imported', bucket.bucketName), {
  events: [
    s3.EventType.OBJECT_CREATED,
  ],
}));

app.synth();
