// Conformance case 'destinations-lambda': lambda-destinations, a Function as the destination, and
// the response payload only (an events.Rule on the default bus for each result).
// Upstream: aws-lambda-destinations/test/destinations.test.ts 'lambda as destination' and
// 'lambda payload as destination'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const lambdaProps = {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
};

const successLambda = new lambda.Function(stack, 'SuccessFunction', lambdaProps);
new lambda.Function(stack, 'Function', {
  ...lambdaProps,
  onSuccess: new destinations.LambdaDestination(successLambda),
});

const payloadSuccess = new lambda.Function(stack, 'PayloadSuccessFunction', lambdaProps);
const payloadFailure = new lambda.Function(stack, 'PayloadFailureFunction', lambdaProps);
new lambda.Function(stack, 'PayloadFunction', {
  ...lambdaProps,
  onSuccess: new destinations.LambdaDestination(payloadSuccess, { responseOnly: true }),
  onFailure: new destinations.LambdaDestination(payloadFailure, { responseOnly: true }),
});

app.synth();
