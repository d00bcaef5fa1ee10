// Conformance case 'integ-s3n-lambda': aws-cdk's lambda/integ.bucket-notifications.ts (framework-integ/test/aws-s3-notifications); the IntegTest and its getBucketNotificationConfiguration assertion dropped
'use strict';
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const cdk = require('aws-cdk-lib');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const constructs = require('constructs');

// STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X
const STANDARD_NODEJS_RUNTIME = lambda.Runtime.NODEJS_18_X;

const app = new cdk.App({
  context: { '@aws-cdk/core:disableGitSource': true },
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
    '@aws-cdk/aws-s3:keepNotificationInImportedBucket': false,
  },
});

const stack = new cdk.Stack(app, 'cdk-integ-lambda-bucket-s3-notifications');

const bucketA = new s3.Bucket(stack, 'MyBucket', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: STANDARD_NODEJS_RUNTIME,
  handler: 'index.handler',
  code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
});

const bucketB = new s3.Bucket(stack, 'YourBucket', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

bucketB.addEventNotification(s3.EventType.OBJECT_REMOVED, new s3n.LambdaDestination(fn));

const c1 = new constructs.Construct(stack, 'Construct1');
const unmanagedBucket = s3.Bucket.fromBucketName(c1, 'IntegUnmanagedBucket1', bucketA.bucketName);

unmanagedBucket.addObjectCreatedNotification(new s3n.LambdaDestination(fn), { prefix: 'TEST1/', suffix: '.png' });
unmanagedBucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn), { prefix: 'TEST2/' });

function handler(event, _context, callback) {
  console.log(JSON.stringify(event, undefined, 2));
  return callback(null, event);
}

app.synth();
