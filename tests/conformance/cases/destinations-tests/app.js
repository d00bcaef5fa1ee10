// Conformance case 'destinations-tests': aws-cdk's destinations.test.ts, a stack per test, as
// written (NODEJS_14_X inline functions): event bus, lambda, lambda payload (responseOnly, both
// results), sns, sqs and s3 as destinations.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3 = require('aws-cdk-lib/aws-s3');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const lambdaProps = {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
};

{
  const stack = new cdk.Stack(app, 'EventBusDestination');
  const eventBus = new events.EventBus(stack, 'EventBus');
  new lambda.Function(stack, 'Function', { ...lambdaProps, onSuccess: new destinations.EventBridgeDestination(eventBus) });
}
{
  const stack = new cdk.Stack(app, 'LambdaDestination');
  const successLambda = new lambda.Function(stack, 'SuccessFunction', lambdaProps);
  new lambda.Function(stack, 'Function', { ...lambdaProps, onSuccess: new destinations.LambdaDestination(successLambda) });
}
{
  const stack = new cdk.Stack(app, 'LambdaPayloadDestination');
  const successLambda = new lambda.Function(stack, 'SuccessFunction', lambdaProps);
  const failureLambda = new lambda.Function(stack, 'FailureFunction', lambdaProps);
  new lambda.Function(stack, 'Function', {
    ...lambdaProps,
    onSuccess: new destinations.LambdaDestination(successLambda, { responseOnly: true }),
    onFailure: new destinations.LambdaDestination(failureLambda, { responseOnly: true }),
  });
}
{
  const stack = new cdk.Stack(app, 'SnsDestination');
  const topic = new sns.Topic(stack, 'Topic');
  new lambda.Function(stack, 'Function', { ...lambdaProps, onSuccess: new destinations.SnsDestination(topic) });
}
{
  const stack = new cdk.Stack(app, 'SqsDestination');
  const queue = new sqs.Queue(stack, 'Queue');
  new lambda.Function(stack, 'Function', { ...lambdaProps, onSuccess: new destinations.SqsDestination(queue) });
}
{
  const stack = new cdk.Stack(app, 'S3Destination');
  const bucket = new s3.Bucket(stack, 'Bucket');
  new lambda.Function(stack, 'Function', { ...lambdaProps, onSuccess: new destinations.S3Destination(bucket) });
}

app.synth();
