// Conformance case 'destinations-imported-function-without-role': configureAsyncInvoke on
// Function.fromFunctionAttributes without a role with the destinations that need no policy
// fragment: an EventBridge destination on failure and a responseOnly Lambda destination on success
// (a Rule whose target is the function, and the default bus). Each grantPutEventsTo on the
// UnknownPrincipal is a warning on the import ("Add statement to this resource's role").
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
  onSuccess: new destinations.LambdaDestination(target, { responseOnly: true }),
  retryAttempts: 1,
});

app.synth();
