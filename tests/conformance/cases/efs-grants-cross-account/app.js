// Conformance case 'efs-grants-cross-account': efs grants (Grant.addToPrincipalOrResource) to roles
// of other accounts: an imported role of another account (its account differs from the stack's:
// the statement goes into the file system's resource policy too), an imported role of the stack's
// own account, and grants in a stack with an account.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Agnostic');
  const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
  const fs = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  fs.grantRead(iam.Role.fromRoleArn(stack, 'Other', 'arn:aws:iam::111111111111:role/other'));
  fs.grant(iam.Role.fromRoleArn(stack, 'OtherImmutable', 'arn:aws:iam::111111111111:role/other2', { mutable: false }),
    'elasticfilesystem:DescribeMountTargets');
}
{
  const stack = new cdk.Stack(app, 'WithEnv', { env: { account: '222222222222', region: 'us-east-1' } });
  const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
  const fs = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  fs.grantReadWrite(iam.Role.fromRoleArn(stack, 'Same', 'arn:aws:iam::222222222222:role/same'));
  fs.grantRootAccess(iam.Role.fromRoleArn(stack, 'Other', 'arn:aws:iam::111111111111:role/other'));
  fs.grant(new iam.AccountPrincipal('222222222222'), 'elasticfilesystem:ClientMount');
  fs.grant(new iam.AccountPrincipal('111111111111'), 'elasticfilesystem:ClientWrite');
}
app.synth();
