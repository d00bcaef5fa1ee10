// Conformance case 'efs-grants-policy': a One Zone file system in a user security group, a
// function without outbound traffic mounting it (the egress rule and its dependency), grants and a
// resource policy on a second file system, and a function mounting an imported access point
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });

const efsSg = new ec2.SecurityGroup(stack, 'EfsSg', { vpc, description: 'file systems', allowAllOutbound: false });
const scratch = new efs.FileSystem(stack, 'Scratch', {
  vpc,
  securityGroup: efsSg,
  oneZone: true,
  encrypted: false,
  throughputMode: efs.ThroughputMode.ELASTIC,
});
const scratchAp = scratch.addAccessPoint('Tmp', { path: '/tmp' });
new lambda.Function(stack, 'Cruncher', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return 1\n'),
  vpc,
  allowAllOutbound: false,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(scratchAp, '/mnt/tmp'),
});

const shared = new efs.FileSystem(stack, 'Shared', {
  vpc,
  fileSystemPolicy: new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({
      actions: ['elasticfilesystem:ClientMount'],
      principals: [new iam.AccountRootPrincipal()],
      conditions: { Bool: { 'aws:SecureTransport': 'true' } },
    })],
  }),
});
shared.addToResourcePolicy(new iam.PolicyStatement({
  effect: iam.Effect.DENY,
  actions: ['elasticfilesystem:ClientRootAccess'],
  principals: [new iam.AnyPrincipal()],
}));
const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
shared.grantRead(reader);
shared.grant(reader, 'elasticfilesystem:DescribeMountTargets');
// principals without policies of their own (the stack's own account too): the resource policy
shared.grantRead(new iam.ServicePrincipal('ec2.amazonaws.com'));
shared.grant(new iam.AccountPrincipal('111122223333'), 'elasticfilesystem:DescribeMountTargets');
shared.grantRootAccess(new iam.AccountRootPrincipal());

const imported = efs.AccessPoint.fromAccessPointAttributes(stack, 'ImportedAp', {
  accessPointId: 'fsap-0123456789abcdef0',
  fileSystem: shared,
});
const writer = new lambda.Function(stack, 'Writer', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  vpc,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(imported, '/mnt/shared'),
});
shared.grantReadWrite(writer);

app.synth();
