'use strict';
// function.test.ts: a .tsx entry, a function in a VPC, `code` with a `handler` (no bundling), the
// lock file given as a relative path (resolved; any file name), an entry named index.ts in a
// folder (bundling.test.ts), connection reuse not set / set explicitly false on SDK v3 runtimes.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Tsx', { entry: 'handler.tsx', runtime: lambda.Runtime.NODEJS_20_X });

const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false }); // aws-cdk-lib's handler asset: vpc-default/exception
new nodejs.NodejsFunction(stack, 'handler1', { entry: 'handler.tsx', vpc });

new nodejs.NodejsFunction(stack, 'WithCode', {
  handler: 'Random.Name',
  runtime: lambda.Runtime.NODEJS_18_X,
  code: lambda.Code.fromAsset('prebuilt'),
});
new nodejs.NodejsFunction(stack, 'WithCodeOldRuntime', {
  handler: 'Random.Name',
  runtime: lambda.Runtime.NODEJS_16_X,
  code: lambda.Code.fromAsset('prebuilt'),
});

new nodejs.NodejsFunction(stack, 'LockFileAsGiven', {
  entry: 'lib/index.ts',
  depsLockFilePath: './package.json',
  runtime: lambda.Runtime.NODEJS_18_X,
  awsSdkConnectionReuse: false,
});

app.synth();
