// Conformance case 'ported-function-filesystem': aws-cdk's function.test.ts (aws-lambda)
// describe('filesystem') ported literally, the same ids, props and subjects: its tests that
// synthesize, a stack each ('mount efs filesystem' in the Default stack that `new cdk.Stack()`
// makes), the separate-stacks test's EfsStack and LambdaStack in the same App; the tokenized mount
// path a cdk.Intrinsic as the test makes it.
// Ported from aws-cdk: function.test.ts 'mount efs filesystem', 'verify deps when mounting efs', 'No
// error when local mount path is Tokenized and Unresolved', 'correct security group is created when
// deployed in separate stacks'
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
{
  // 'mount efs filesystem'
  const stack = new cdk.Stack(app);
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });
  const fs = new efs.FileSystem(stack, 'Efs', { vpc });
  const accessPoint = fs.addAccessPoint('AccessPoint');
  new lambda.Function(stack, 'MyFunction', {
    vpc,
    handler: 'foo',
    runtime: lambda.Runtime.NODEJS_LATEST,
    code: lambda.Code.fromAsset(path.join(__dirname, 'handler.zip')),
    filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/msg'),
  });
}
{
  // 'verify deps when mounting efs'
  const stack = new cdk.Stack(app, 'VerifyDeps');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });
  const securityGroup = new ec2.SecurityGroup(stack, 'LambdaSG', { vpc, allowAllOutbound: false });
  const fs = new efs.FileSystem(stack, 'Efs', { vpc });
  const accessPoint = fs.addAccessPoint('AccessPoint');
  new lambda.Function(stack, 'MyFunction', {
    vpc,
    handler: 'foo',
    securityGroups: [securityGroup],
    runtime: lambda.Runtime.NODEJS_LATEST,
    code: lambda.Code.fromAsset(path.join(__dirname, 'handler.zip')),
    filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/msg'),
  });
}
{
  // 'No error when local mount path is Tokenized and Unresolved'
  const realLocalMountPath = '/not-mnt/foo-bar';
  const tokenizedLocalMountPath = cdk.Token.asString(new cdk.Intrinsic(realLocalMountPath));
  const stack = new cdk.Stack(app, 'TokenizedMountPath');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });
  const securityGroup = new ec2.SecurityGroup(stack, 'LambdaSG', { vpc, allowAllOutbound: false });
  const fs = new efs.FileSystem(stack, 'Efs', { vpc });
  const accessPoint = fs.addAccessPoint('AccessPoint');
  new lambda.Function(stack, 'MyFunction', {
    vpc,
    handler: 'foo',
    securityGroups: [securityGroup],
    runtime: lambda.Runtime.NODEJS_LATEST,
    code: lambda.Code.fromAsset(path.join(__dirname, 'handler.zip')),
    filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, tokenizedLocalMountPath),
  });
}
{
  // 'correct security group is created when deployed in separate stacks'
  const efsStack = new cdk.Stack(app, 'EfsStack');
  const vpc = new ec2.Vpc(efsStack, 'Vpc');
  const fs = new efs.FileSystem(efsStack, 'Efs', { vpc });
  const accessPoint = fs.addAccessPoint('AccessPoint');
  const lambdaStack = new cdk.Stack(app, 'LambdaStack');
  new lambda.Function(lambdaStack, 'MyFunction', {
    vpc,
    handler: 'foo',
    runtime: lambda.Runtime.NODEJS_LATEST,
    code: lambda.Code.fromAsset(path.join(__dirname, 'handler.zip')),
    filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/msg'),
  });
}
app.synth();
