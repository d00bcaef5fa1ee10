// Conformance case 'ported-destinations-tests': aws-cdk's newest destinations.test.ts
// (aws-lambda-destinations) literally: lambdaProps of `new lambda.InlineCode('foo')` and
// NODEJS_LATEST, EventBridgeDestination(eventBus) given the bus; 'lambda payload as destination' in
// the stack `new cdk.Stack()` makes ('Default': the rules' AllowEventRule permission ids lose the
// stack's name), the other tests a named stack each
// Ported from aws-cdk: destinations.test.ts 'event bus as destination', 'lambda as destination',
// 'lambda payload as destination', 'sns as destination', 'sqs as destination', 's3 as destination'
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const lambdaProps = {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
};

{
  const stack = new cdk.Stack(app);
  const successLambda = new lambda.Function(stack, 'SuccessFunction', lambdaProps);
  const failureLambda = new lambda.Function(stack, 'FailureFunction', lambdaProps);
  new lambda.Function(stack, 'Function', {
    ...lambdaProps,
    onSuccess: new destinations.LambdaDestination(successLambda, { responseOnly: true }),
    onFailure: new destinations.LambdaDestination(failureLambda, { responseOnly: true }),
  });
}
{
  const stack = new cdk.Stack(app, 'EventBusAsDestination');
  const eventBus = new events.EventBus(stack, 'EventBus');
  new lambda.Function(stack, 'Function', {
    ...lambdaProps,
    onSuccess: new destinations.EventBridgeDestination(eventBus),
  });
}
{
  const stack = new cdk.Stack(app, 'LambdaAsDestination');
  const successLambda = new lambda.Function(stack, 'SuccessFunction', lambdaProps);
  new lambda.Function(stack, 'Function', {
    ...lambdaProps,
    onSuccess: new destinations.LambdaDestination(successLambda),
  });
}
{
  const stack = new cdk.Stack(app, 'SnsAsDestination');
  const topic = new sns.Topic(stack, 'Topic');
  new lambda.Function(stack, 'Function', {
    ...lambdaProps,
    onSuccess: new destinations.SnsDestination(topic),
  });
}
{
  const stack = new cdk.Stack(app, 'SqsAsDestination');
  const queue = new sqs.Queue(stack, 'Queue');
  new lambda.Function(stack, 'Function', {
    ...lambdaProps,
    onSuccess: new destinations.SqsDestination(queue),
  });
}
{
  const stack = new cdk.Stack(app, 'S3AsDestination');
  const bucket = new s3.Bucket(stack, 'Bucket');
  new lambda.Function(stack, 'Function', {
    ...lambdaProps,
    onSuccess: new destinations.S3Destination(bucket),
  });
}

app.synth();
