// Conformance case 'efs-mount-cross-stack': a function in one stack mounts an access point of a file
// system in another stack (found by tests/difffuzz/gen_infra.py). Function's filesystem handling adds
// dependencies on the security group rules it finds *when it is made*: the file system's group's
// ingress rule from the function's group lives in the function's stack (a remote rule of another
// stack's group), so only an earlier function's rules are found; and a second group rule made later
// (a second mounting function) is not a dependency of the first. Rules of another stack (or of a
// nested stack's parent) are node dependencies: stack dependencies, no DependsOn.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const net = new cdk.Stack(app, 'Net');
const vpc = new ec2.Vpc(net, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
const fs = new efs.FileSystem(net, 'Fs', { vpc, removalPolicy: cdk.RemovalPolicy.DESTROY });
const ap = fs.addAccessPoint('Ap', { path: '/export/lambda' });
const sg = new ec2.SecurityGroup(net, 'Sg', { vpc });
fs.connections.allowDefaultPortFrom(sg);

const app1 = new cdk.Stack(app, 'App1');
const props = {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  vpc,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(ap, '/mnt/efs'),
};
new lambda.Function(app1, 'First', props);
new lambda.Function(app1, 'Second', props);
// a function in the file system's own stack, after them
new lambda.Function(net, 'Local', props);
// and one in a nested stack of it: the rules of the parent are dependencies of the nested stack
// resource, not DependsOn in the nested template
new lambda.Function(new cdk.NestedStack(net, 'Nested'), 'InNested', props);

app.synth();
