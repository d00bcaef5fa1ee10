// Conformance case 'efs-file-system-policies': efs-file-system.test.ts's grants and policies, a file
// system each: grant of one action, grantRead, grantReadWrite and grantRootAccess to roles (the
// anonymous-access statement they bring), allowAnonymousAccess false alone and true with grants,
// a fileSystemPolicy, addToResourcePolicy twice, and addToResourcePolicy on an imported file system
// (built from another's security group and ARN: nothing added) with its results as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
const role = (id) => new iam.Role(stack, id, { assumedBy: new iam.AnyPrincipal() });

new efs.FileSystem(stack, 'Granted', { vpc }).grant(role('Role'), 'elasticfilesystem:ClientWrite');
new efs.FileSystem(stack, 'Read', { vpc }).grantRead(role('ReadRole'));
new efs.FileSystem(stack, 'ReadWrite', { vpc }).grantReadWrite(role('ReadWriteRole'));
new efs.FileSystem(stack, 'Root', { vpc }).grantRootAccess(role('RootRole'));
new efs.FileSystem(stack, 'DenyAnonymous', { vpc, allowAnonymousAccess: false });
const anonymous = new efs.FileSystem(stack, 'AllowAnonymous', { vpc, allowAnonymousAccess: true });
const clientRole = role('ClientRole');
anonymous.grantRead(clientRole);
anonymous.grantReadWrite(clientRole);
anonymous.grantRootAccess(clientRole);

const mountTarget = { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } };
new efs.FileSystem(stack, 'WithPolicy', {
  vpc,
  fileSystemPolicy: new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({
      actions: ['elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientMount'],
      principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:role/Testing_Role')],
      resources: ['arn:aws:elasticfilesystem:us-east-2:111122223333:file-system/fs-1234abcd'],
      conditions: mountTarget,
    })],
  }),
});
const statement = (name, actions) => new iam.PolicyStatement({
  actions,
  principals: [new iam.ArnPrincipal(`arn:aws:iam::111122223333:role/${name}`)],
  resources: ['arn:aws:elasticfilesystem:us-east-2:111122223333:file-system/fs-1234abcd'],
  conditions: mountTarget,
});
const statements = new efs.FileSystem(stack, 'Statements', { vpc });
statements.addToResourcePolicy(statement('Testing_Role1', ['elasticfilesystem:ClientMount']));
statements.addToResourcePolicy(statement('Testing_Role2', ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']));

const fileSystem = new efs.FileSystem(stack, 'FileSystem', { vpc });
const importedFileSystem = efs.FileSystem.fromFileSystemAttributes(stack, 'ImportedFileSystem', {
  securityGroup: fileSystem.connections.securityGroups[0],
  fileSystemArn: fileSystem.fileSystemArn,
});
const one = statement('Testing_Role', ['elasticfilesystem:ClientMount']);
new cdk.CfnOutput(stack, 'Added', { value: String(fileSystem.addToResourcePolicy(one).statementAdded) });
new cdk.CfnOutput(stack, 'ImportedAdded', { value: String(importedFileSystem.addToResourcePolicy(one).statementAdded) });
new cdk.CfnOutput(stack, 'ImportedId', { value: importedFileSystem.fileSystemId });
new cdk.CfnOutput(stack, 'ImportedArn', { value: importedFileSystem.fileSystemArn });
app.synth();
