// Conformance case 'unit-function-b-snap-start'
// Upstream: aws-lambda/test/function.test.ts, describe('SnapStart'): 'function using SnapStart',
// 'arm64 function using snapStart', 'container image function using SnapStart' (with
// fn.currentVersion), each stack acknowledging CloudFormation-Validate::W2530 as the tests do.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

let stack = new cdk.Stack(app, 'FunctionUsingSnapStart');
cdk.Validations.of(stack).acknowledge({ id: 'CloudFormation-Validate::W2530', reason: 'SnapStart is incomplete, we know' });
new lambda.Function(stack, 'MyLambda', {
  code: lambda.Code.fromAsset('handler.zip'),
  handler: 'example.Handler::handleRequest',
  runtime: lambda.Runtime.JAVA_11,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});

stack = new cdk.Stack(app, 'Arm64SnapStart');
cdk.Validations.of(stack).acknowledge({ id: 'CloudFormation-Validate::W2530', reason: 'SnapStart is incomplete, we know' });
new lambda.Function(stack, 'MyLambda', {
  code: lambda.Code.fromAsset('handler.zip'),
  handler: 'example.Handler::handleRequest',
  runtime: lambda.Runtime.JAVA_11,
  architecture: lambda.Architecture.ARM_64,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});

stack = new cdk.Stack(app, 'ContainerSnapStart');
const fn = new lambda.DockerImageFunction(stack, 'MyLambda', {
  code: lambda.DockerImageCode.fromImageAsset('docker-lambda-handler'),
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});
fn.currentVersion;
app.synth();
