// Conformance case 'error-snap-start-efs': snapStart on a function that mounts an EFS access point
// (aws-cdk-lib's "SnapStart is currently not supported using EFS").
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const vpc = new ec2.Vpc(stack, 'Vpc');
const fs = new efs.FileSystem(stack, 'Efs', { vpc });
const ap = fs.addAccessPoint('AccessPoint', { path: '/export/lambda' });
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_13,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(ap, '/mnt/msg'),
  vpc,
});
app.synth();
