// Conformance case 'unit-function-b-efs'
// Upstream: aws-lambda/test/function.test.ts, describe('filesystem'): 'mount efs filesystem', 'verify
// deps when mounting efs', 'No error when local mount path is Tokenized and Unresolved', 'correct
// security group is created when deployed in separate stacks' (EfsStack + LambdaStack).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();

function base(stack, withSg) {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });
  const securityGroup = withSg ? new ec2.SecurityGroup(stack, 'LambdaSG', { vpc, allowAllOutbound: false }) : undefined;
  const fs = new efs.FileSystem(stack, 'Efs', { vpc });
  const accessPoint = fs.addAccessPoint('AccessPoint');
  return { vpc, securityGroup, accessPoint };
}

let stack = new cdk.Stack(app, 'MountEfs');
let b = base(stack, false);
new lambda.Function(stack, 'MyFunction', {
  vpc: b.vpc,
  handler: 'foo',
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
  filesystem: lambda.FileSystem.fromEfsAccessPoint(b.accessPoint, '/mnt/msg'),
});

stack = new cdk.Stack(app, 'VerifyDeps');
b = base(stack, true);
new lambda.Function(stack, 'MyFunction', {
  vpc: b.vpc,
  handler: 'foo',
  securityGroups: [b.securityGroup],
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
  filesystem: lambda.FileSystem.fromEfsAccessPoint(b.accessPoint, '/mnt/msg'),
});

stack = new cdk.Stack(app, 'TokenizedMountPath');
const tokenizedLocalMountPath = cdk.Token.asString(new cdk.Intrinsic('/not-mnt/foo-bar'));
b = base(stack, true);
new lambda.Function(stack, 'MyFunction', {
  vpc: b.vpc,
  handler: 'foo',
  securityGroups: [b.securityGroup],
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
  filesystem: lambda.FileSystem.fromEfsAccessPoint(b.accessPoint, tokenizedLocalMountPath),
});

const efsStack = new cdk.Stack(app, 'EfsStack');
const vpc = new ec2.Vpc(efsStack, 'Vpc');
const fs = new efs.FileSystem(efsStack, 'Efs', { vpc });
const accessPoint = fs.addAccessPoint('AccessPoint');
const lambdaStack = new cdk.Stack(app, 'LambdaStack');
new lambda.Function(lambdaStack, 'MyFunction', {
  vpc,
  handler: 'foo',
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/msg'),
});
app.synth();
