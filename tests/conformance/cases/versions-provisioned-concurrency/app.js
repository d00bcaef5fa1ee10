// Conformance case 'versions-provisioned-concurrency': a Version with provisioned concurrency, code hash,
// description, removal policy and async invoke options; imported versions and $LATEST.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const iam = require('aws-cdk-lib/aws-iam');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const v = new lambda.Version(stack, 'MyVersion', {
  lambda: fn,
  description: 'first version',
  codeSha256: 'abc123=',
  provisionedConcurrentExecutions: 5,
  removalPolicy: cdk.RemovalPolicy.RETAIN,
  maxEventAge: cdk.Duration.hours(1),
  retryAttempts: 2,
});
v.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
v.addAlias('stable', { provisionedConcurrentExecutions: 2 });
const imported = lambda.Version.fromVersionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:other:7');
const fromAttrs = lambda.Version.fromVersionAttributes(stack, 'FromAttrs', { lambda: fn, version: '3' });
fromAttrs.addAlias('three');
new cdk.CfnOutput(stack, 'ImportedName', { value: imported.functionName });
new cdk.CfnOutput(stack, 'ImportedVersion', { value: imported.version });
new cdk.CfnOutput(stack, 'LatestArn', { value: fn.latestVersion.functionArn });
new cdk.CfnOutput(stack, 'VersionName', { value: v.functionName });
app.synth();
