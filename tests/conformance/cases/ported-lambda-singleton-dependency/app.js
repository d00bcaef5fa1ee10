// Conformance case 'ported-lambda-singleton-dependency': aws-s3-notifications' lambda.test.ts
// 'permissions are added as a dependency to the notifications resource when using singleton
// function' as written, in its `new cdk.Stack()` ('Default': the permission is
// MyBucketAllowBucketNotificationsToSingletonLambdauuid28C96883, the singleton's unique id without a
// stack name, and the notifications DependsOn it) (exception: the notifications handler's code)
// Ported from aws-cdk: aws-s3-notifications/test/lambda/lambda.test.ts 'permissions are added as a
// dependency to the notifications resource when using singleton function'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const bucket = new s3.Bucket(stack, 'MyBucket');
const fn = new lambda.SingletonFunction(stack, 'MyFunction', {
  uuid: 'uuid',
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const lambdaDestination = new s3n.LambdaDestination(fn);
bucket.addEventNotification(s3.EventType.OBJECT_CREATED, lambdaDestination, { prefix: 'v1/' });

app.synth();
