// Conformance case 'unit-function-b-version-hash'
// Upstream: aws-lambda/test/function.test.ts: 'FunctionVersionUpgrade adds new description to
// function' and 'test 2.87.0 version hash stability' (a custom Runtime('node99.x'), a layer, a role
// with managed policies, an Alias of currentVersion: the precalculated logical id), both in an App
// with @aws-cdk/aws-lambda:recognizeLayerVersion, the W3030 finding acknowledged on the App.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App({ context: { '@aws-cdk/aws-lambda:recognizeLayerVersion': true } });
cdk.Validations.of(app).acknowledge({ id: 'CloudFormation-Validate::W3030', reason: 'Node 99.x is not valid, sure' });

let stack = new cdk.Stack(app, 'VersionUpgrade');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.NODEJS_LATEST,
  description: 'my description',
});
cdk.Aspects.of(stack).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeLayerVersion'));

const theRuntime = new lambda.Runtime('node99.x');
stack = new cdk.Stack(app, 'Stack');
const layer = new lambda.LayerVersion(stack, 'MyLayer', {
  code: lambda.Code.fromAsset('x.zip'),
  compatibleRuntimes: [theRuntime],
});
const role = new iam.Role(stack, 'MyRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [
    iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'),
    iam.ManagedPolicy.fromAwsManagedPolicyName('AWSXRayDaemonWriteAccess'),
  ],
});
const lambdaFn = new lambda.Function(stack, 'MyLambda', {
  runtime: theRuntime,
  memorySize: 128,
  handler: 'index.handler',
  timeout: cdk.Duration.seconds(30),
  environment: { VARIABLE_1: 'ONE' },
  code: lambda.Code.fromAsset('x.zip'),
  role,
  currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN },
  layers: [layer],
});
new lambda.Alias(stack, 'MyAlias', { aliasName: 'current', version: lambdaFn.currentVersion });
app.synth();
