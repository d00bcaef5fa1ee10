// Conformance case 'error-destination-imported-function-without-role': error: configureAsyncInvoke
// on Function.fromFunctionAttributes without a role: the EventBridge destination on failure only
// warns (UnknownPrincipal.addToPrincipalPolicy), the Lambda destination on success has the target's
// grantInvoke ask the UnknownPrincipal for its policy fragment: an UnscopedValidationError (no
// construct path) naming the imported function.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const target = new lambda.Function(stack, 'Target', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
});
const imported = lambda.Function.fromFunctionAttributes(stack, 'Imported', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:imported',
});
imported.configureAsyncInvoke({
  onFailure: new destinations.EventBridgeDestination(),
  onSuccess: new destinations.LambdaDestination(target),
});

app.synth();
