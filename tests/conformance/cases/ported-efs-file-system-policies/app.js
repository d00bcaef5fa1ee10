// Conformance case 'ported-efs-file-system-policies': aws-cdk's efs-file-system.test.ts (aws-efs)
// ported literally, the same ids, props and subjects: its tests of resource policies, anonymous
// access, One Zone and replication that synthesize, a stack each ('anonymous access is prohibited by
// default when using GrantRead' in the Default stack that `new Stack()` makes), each with the
// beforeEach's `new ec2.Vpc(stack, 'VPC')`; the addToResourcePolicy results as outputs.
// Ported from aws-cdk: efs-file-system.test.ts 'can specify file system policy', 'can add statements
// to file system policy', 'imported file system can not add statements to file system policy',
// 'anonymous access is prohibited by default when using GrantRead', 'anonymous access is prohibited by
// default when using GrantReadWrite', 'anonymous access is prohibited by default when using
// GrantRootAccess', 'anonymous access is prohibited by the allowAnonymousAccess props even when
// GrantXXX is not used', 'anonymous access is allowed by allowAnonymousAccess props when using
// GrantXxx', 'specify availabilityZoneName to create mount targets in a specific AZ', 'one zone file
// system with vpcSubnets but vpc.availabilityZones are dummy or unresolved tokens', 'one zone file
// system with vpcSubnets.availabilityZones having 1 AZ.', 'create read-only file system for
// replication destination' (ENABLED, DISABLED), describe('replication configuration') 'regional file
// system', 'specify destination file system', 'one zone file system'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
// beforeEach: stack = new Stack(); vpc = new ec2.Vpc(stack, 'VPC')
function given(id) {
  const stack = new cdk.Stack(app, id);
  return { stack, vpc: new ec2.Vpc(stack, 'VPC') };
}
const viaMountTarget = { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } };
{
  // 'anonymous access is prohibited by default when using GrantRead'
  const { stack, vpc } = given(undefined);
  const clientRole = new iam.Role(stack, 'ClientRole', { assumedBy: new iam.AnyPrincipal() });
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  fileSystem.grantRead(clientRole);
}
{
  // 'can specify file system policy'
  const { stack, vpc } = given('FileSystemPolicy');
  const myFileSystemPolicy = new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({
      actions: ['elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientMount'],
      principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:role/Testing_Role')],
      resources: ['arn:aws:elasticfilesystem:us-east-2:111122223333:file-system/fs-1234abcd'],
      conditions: viaMountTarget,
    })],
  });
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, fileSystemPolicy: myFileSystemPolicy });
}
{
  // 'can add statements to file system policy'
  const { stack, vpc } = given('AddStatements');
  const statement1 = new iam.PolicyStatement({
    actions: ['elasticfilesystem:ClientMount'],
    principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:role/Testing_Role1')],
    resources: ['arn:aws:elasticfilesystem:us-east-2:111122223333:file-system/fs-1234abcd'],
    conditions: viaMountTarget,
  });
  const statement2 = new iam.PolicyStatement({
    actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
    principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:role/Testing_Role2')],
    resources: ['arn:aws:elasticfilesystem:us-east-2:111122223333:file-system/fs-1234abcd'],
    conditions: viaMountTarget,
  });
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  fileSystem.addToResourcePolicy(statement1);
  fileSystem.addToResourcePolicy(statement2);
}
{
  // 'imported file system can not add statements to file system policy'
  const { stack, vpc } = given('ImportedNoPolicy');
  const statement = new iam.PolicyStatement({
    actions: ['elasticfilesystem:ClientMount'],
    principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:role/Testing_Role')],
    resources: ['arn:aws:elasticfilesystem:us-east-2:111122223333:file-system/fs-1234abcd'],
    conditions: viaMountTarget,
  });
  const fileSystem = new efs.FileSystem(stack, 'FileSystem', { vpc });
  const importedFileSystem = efs.FileSystem.fromFileSystemAttributes(stack, 'ImportedFileSystem', {
    securityGroup: fileSystem.connections.securityGroups[0],
    fileSystemArn: fileSystem.fileSystemArn,
  });
  const fileSystemResult = fileSystem.addToResourcePolicy(statement);
  const importedFileSystemResult = importedFileSystem.addToResourcePolicy(statement);
  new cdk.CfnOutput(stack, 'FileSystemResult', { value: `${fileSystemResult.statementAdded}` });
  new cdk.CfnOutput(stack, 'ImportedFileSystemResult', { value: `${importedFileSystemResult.statementAdded}` });
}
{
  // 'anonymous access is prohibited by default when using GrantReadWrite'
  const { stack, vpc } = given('GrantReadWrite');
  const clientRole = new iam.Role(stack, 'ClientRole', { assumedBy: new iam.AnyPrincipal() });
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  fileSystem.grantReadWrite(clientRole);
}
{
  // 'anonymous access is prohibited by default when using GrantRootAccess'
  const { stack, vpc } = given('GrantRootAccess');
  const clientRole = new iam.Role(stack, 'ClientRole', { assumedBy: new iam.AnyPrincipal() });
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  fileSystem.grantRootAccess(clientRole);
}
{
  // 'anonymous access is prohibited by the allowAnonymousAccess props even when GrantXXX is not used'
  const { stack, vpc } = given('DenyAnonymous');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, allowAnonymousAccess: false });
}
{
  // 'anonymous access is allowed by allowAnonymousAccess props when using GrantXxx'
  const { stack, vpc } = given('AllowAnonymous');
  const clientRole = new iam.Role(stack, 'ClientRole', { assumedBy: new iam.AnyPrincipal() });
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc, allowAnonymousAccess: true });
  fileSystem.grantRead(clientRole);
  fileSystem.grantReadWrite(clientRole);
  fileSystem.grantRootAccess(clientRole);
}
{
  // 'specify availabilityZoneName to create mount targets in a specific AZ'
  const { stack, vpc } = given('OneZone');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, oneZone: true });
}
{
  // 'one zone file system with vpcSubnets but vpc.availabilityZones are dummy or unresolved tokens'
  const { stack, vpc } = given('OneZoneUnresolved');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, oneZone: true, vpcSubnets: { availabilityZones: ['not-exist-zone'] } });
}
{
  // 'one zone file system with vpcSubnets.availabilityZones having 1 AZ.'
  const { stack, vpc } = given('OneZoneOneAz');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, oneZone: true, vpcSubnets: { availabilityZones: ['us-east-1a'] } });
}
for (const [id, replicationOverwriteProtection] of [
  ['ProtectionEnabled', efs.ReplicationOverwriteProtection.ENABLED],
  ['ProtectionDisabled', efs.ReplicationOverwriteProtection.DISABLED],
]) {
  // 'create read-only file system for replication destination'
  const { stack, vpc } = given(id);
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, replicationOverwriteProtection });
}
{
  // 'replication configuration' 'regional file system'
  const { stack, vpc } = given('ReplicationRegional');
  new efs.FileSystem(stack, 'EfsFileSystem', {
    vpc,
    replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem('ap-northeast-1'),
  });
}
{
  // 'replication configuration' 'specify destination file system'
  const { stack, vpc } = given('ReplicationDestination');
  const destination = new efs.FileSystem(stack, 'DestinationFileSystem', {
    vpc,
    replicationOverwriteProtection: efs.ReplicationOverwriteProtection.DISABLED,
  });
  new efs.FileSystem(stack, 'EfsFileSystem', {
    vpc,
    replicationConfiguration: efs.ReplicationConfiguration.existingFileSystem(destination),
  });
}
{
  // 'replication configuration' 'one zone file system'
  const { stack, vpc } = given('ReplicationOneZone');
  new efs.FileSystem(stack, 'EfsFileSystem', {
    vpc,
    replicationConfiguration: efs.ReplicationConfiguration.oneZoneFileSystem(
      'us-east-1',
      'us-east-1a',
      new kms.Key(stack, 'customKey'),
    ),
  });
}
app.synth();
