// Conformance case 's3-notifications-lambda-tests': s3n.LambdaDestination as aws-s3-notifications'
// lambda tests use it, a stack per test: two functions with prefix filters, a function of another
// stack (the permission in the bucket's stack), an imported function of another account (no
// permission), a function imported by ARN, a singleton function (the permission a dependency of the
// notifications) twice.
// Ported from aws-cdk: aws-s3-notifications/test/lambda/lambda.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const fnProps = (code) => ({
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline(code),
});

// 'add notifications to multiple functions'
{
  const stack = new cdk.Stack(app, 'MultipleFunctions');
  const bucket = new s3.Bucket(stack, 'MyBucket');
  const fn1 = new lambda.Function(stack, 'MyFunction1', fnProps('foo'));
  const fn2 = new lambda.Function(stack, 'MyFunction2', fnProps('foo'));
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn1), { prefix: 'v1/' });
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn2), { prefix: 'v2/' });
}
// 'lambda in a different stack as notification target'
{
  const lambdaStack = new cdk.Stack(app, 'stack1');
  const bucketStack = new cdk.Stack(app, 'stack2');
  const lambdaFunction = new lambda.Function(lambdaStack, 'lambdaFunction', fnProps('whatever'));
  const bucket = new s3.Bucket(bucketStack, 'bucket');
  bucket.addObjectCreatedNotification(new s3n.LambdaDestination(lambdaFunction));
}
// 'imported lambda in a different account as notification target'
{
  const stack = new cdk.Stack(app, 'stack', { env: { account: '111111111111' } });
  const lambdaFunction = lambda.Function.fromFunctionArn(stack, 'lambdaFunction',
    'arn:aws:lambda:us-east-1:123456789012:function:BaseFunction');
  const bucket = new s3.Bucket(stack, 'bucket');
  bucket.addObjectCreatedNotification(new s3n.LambdaDestination(lambdaFunction));
}
// 'lambda as notification target'
{
  const stack = new cdk.Stack(app, 'Target');
  const bucketA = new s3.Bucket(stack, 'MyBucket');
  const fn = new lambda.Function(stack, 'MyFunction', fnProps('foo'));
  bucketA.addObjectCreatedNotification(new s3n.LambdaDestination(fn), { suffix: '.png' });
  // and addObjectRemovedNotification, which the test file does not use
  bucketA.addObjectRemovedNotification(new s3n.LambdaDestination(fn), { prefix: 'old/' }, { suffix: '.png' });
}
// 'lambda as notification target specified by function arn'
{
  const stack = new cdk.Stack(app, 'ByArn');
  const bucketA = new s3.Bucket(stack, 'MyBucket');
  const fn = lambda.Function.fromFunctionArn(stack, 'MyFunction',
    'arn:aws:lambda:us-east-1:123456789012:function:ProcessKinesisRecords');
  bucketA.addObjectCreatedNotification(new s3n.LambdaDestination(fn), { suffix: '.png' });
}
// 'permissions are added as a dependency to the notifications resource when using singleton function',
// 'add multiple event notifications using a singleton function'
for (const [name, prefixes] of [['Singleton', ['v1/']], ['SingletonTwice', ['v1/', 'v2/']]]) {
  const stack = new cdk.Stack(app, name);
  const bucket = new s3.Bucket(stack, 'MyBucket');
  const fn = new lambda.SingletonFunction(stack, 'MyFunction', { uuid: 'uuid', ...fnProps('foo') });
  const lambdaDestination = new s3n.LambdaDestination(fn);
  for (const prefix of prefixes) {
    bucket.addEventNotification(s3.EventType.OBJECT_CREATED, lambdaDestination, { prefix });
  }
}

app.synth();
