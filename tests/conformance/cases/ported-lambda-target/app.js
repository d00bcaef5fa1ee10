// Conformance case 'ported-lambda-target': aws-s3-notifications' lambda.test.ts 'lambda as
// notification target' as written, in its `new cdk.Stack()` ('Default': the permission's id is the
// function's unique id without a stack name) (exception: the notifications handler's code)
// Ported from aws-cdk: aws-s3-notifications/test/lambda/lambda.test.ts 'lambda as notification target'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
// GIVEN
const stack = new cdk.Stack(app);
const bucketA = new s3.Bucket(stack, 'MyBucket');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
// WHEN
bucketA.addObjectCreatedNotification(new s3n.LambdaDestination(fn), { suffix: '.png' });

app.synth();
