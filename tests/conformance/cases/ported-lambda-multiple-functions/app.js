// Conformance case 'ported-lambda-multiple-functions': aws-s3-notifications' lambda.test.ts 'add
// notifications to multiple functions' as written, in its `new cdk.Stack()` ('Default': the
// permissions' ids are the functions' unique ids without a stack name)
// (exception: the notifications handler's code)
// Ported from aws-cdk: aws-s3-notifications/test/lambda/lambda.test.ts 'add notifications to multiple functions'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const bucket = new s3.Bucket(stack, 'MyBucket');
const fn1 = new lambda.Function(stack, 'MyFunction1', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const fn2 = new lambda.Function(stack, 'MyFunction2', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const lambdaDestination1 = new s3n.LambdaDestination(fn1);
const lambdaDestination2 = new s3n.LambdaDestination(fn2);
bucket.addEventNotification(s3.EventType.OBJECT_CREATED, lambdaDestination1, { prefix: 'v1/' });
bucket.addEventNotification(s3.EventType.OBJECT_CREATED, lambdaDestination2, { prefix: 'v2/' });

app.synth();
