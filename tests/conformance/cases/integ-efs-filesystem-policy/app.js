// Conformance case 'integ-efs-filesystem-policy': aws-efs test/integ.efs-filesystem-policy.ts
// (dropped: the IntegTest).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const { AccountRootPrincipal, PolicyDocument, PolicyStatement } = require('aws-cdk-lib/aws-iam');
const cdk = require('aws-cdk-lib');
const { AccessPoint, FileSystem } = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'test-efs-integ');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });

const myFileSystemPolicy = new PolicyDocument({
  statements: [new PolicyStatement({
    actions: [
      'elasticfilesystem:ClientWrite',
      'elasticfilesystem:ClientMount',
    ],
    principals: [new AccountRootPrincipal()],
    resources: ['*'],
    conditions: {
      Bool: {
        'elasticfilesystem:AccessedViaMountTarget': 'true',
      },
    },
  })],
});

const fileSystem = new FileSystem(stack, 'FileSystem', {
  vpc,
  fileSystemPolicy: myFileSystemPolicy,
});
fileSystem.addToResourcePolicy(new PolicyStatement({
  actions: [
    'elasticfilesystem:ClientRootAccess',
  ],
  principals: [new AccountRootPrincipal()],
  resources: ['*'],
  conditions: {
    Bool: {
      'elasticfilesystem:AccessedViaMountTarget': 'true',
    },
  },
}));

const accessPoint = new AccessPoint(stack, 'AccessPoint', {
  fileSystem,
});
cdk.Tags.of(accessPoint).add('Name', 'MyAccessPoint');

app.synth();
