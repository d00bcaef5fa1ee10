// Conformance case 'ported-efs-file-system': aws-cdk's efs-file-system.test.ts (aws-efs) ported
// literally, the same ids, props and subjects: its tests that synthesize, a stack each ('auto-named
// if none provided' in the Default stack that `new Stack()` makes: its Name tag is the path
// Default/EfsFileSystem), each with the beforeEach's `new ec2.Vpc(stack, 'VPC')` (the tests that make
// a customStack have only its VPC); expect() on values as outputs.
// Ported from aws-cdk: efs-file-system.test.ts 'encryption is enabled by default', 'default file
// system is created correctly', 'unencrypted file system is created correctly with default KMS',
// 'encrypted file system is created correctly with default KMS', 'encrypted file system is created
// correctly with custom KMS', 'file system is created correctly with a life cycle property', 'file
// system LifecyclePolicies is created correctly', 'file system with transition to archive is created
// correctly', 'file system is created correctly with performance mode', 'file system is created
// correctly with bursting throughput mode', 'file system is created correctly with elastic throughput
// mode', 'file system is created correctly with provisioned throughput mode', 'existing file system is
// imported correctly using id', 'existing file system is imported correctly using arn', 'support
// granting permissions', 'support tags', 'file system is created correctly when given a name',
// 'auto-named if none provided', 'removalPolicy is DESTROY', 'can specify backup policy', 'can create
// when using a VPC with multiple subnets per availability zone', 'mountTargetOrderInsensitiveLogicalId
// flag is true', 'mountTargetOrderInsensitiveLogicalId flag is false'
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
{
  // 'auto-named if none provided'
  const { stack, vpc } = given(undefined);
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  new cdk.CfnOutput(stack, 'Path', { value: fileSystem.node.path });
}
{
  // 'encryption is enabled by default'
  const customStack = new cdk.Stack(app, 'EncryptionDefault');
  const customVpc = new ec2.Vpc(customStack, 'VPC');
  new efs.FileSystem(customVpc, 'EfsFileSystem', { vpc: customVpc });
}
{
  // 'default file system is created correctly'
  const { stack, vpc } = given('DefaultFileSystem');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
}
{
  const { stack, vpc } = given('Unencrypted');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, encrypted: false });
}
{
  const { stack, vpc } = given('Encrypted');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, encrypted: true });
}
{
  const { stack, vpc } = given('CustomKms');
  const key = new kms.Key(stack, 'customKeyFS');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, encrypted: true, kmsKey: key });
}
{
  const { stack, vpc } = given('LifeCycle');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, lifecyclePolicy: efs.LifecyclePolicy.AFTER_7_DAYS });
}
{
  const { stack, vpc } = given('LifecyclePolicies');
  new efs.FileSystem(stack, 'EfsFileSystem', {
    vpc,
    lifecyclePolicy: efs.LifecyclePolicy.AFTER_7_DAYS,
    outOfInfrequentAccessPolicy: efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
    transitionToArchivePolicy: efs.LifecyclePolicy.AFTER_14_DAYS,
  });
}
{
  const { stack, vpc } = given('TransitionToArchive');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, transitionToArchivePolicy: efs.LifecyclePolicy.AFTER_1_DAY });
}
{
  const { stack, vpc } = given('PerformanceMode');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, performanceMode: efs.PerformanceMode.MAX_IO });
}
{
  const { stack, vpc } = given('Bursting');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, throughputMode: efs.ThroughputMode.BURSTING });
}
{
  const { stack, vpc } = given('Elastic');
  new efs.FileSystem(stack, 'EfsFileSystem', {
    vpc,
    throughputMode: efs.ThroughputMode.ELASTIC,
    performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
  });
}
{
  const { stack, vpc } = given('Provisioned');
  new efs.FileSystem(stack, 'EfsFileSystem', {
    vpc,
    throughputMode: efs.ThroughputMode.PROVISIONED,
    provisionedThroughputPerSecond: cdk.Size.mebibytes(5),
  });
}
{
  // 'existing file system is imported correctly using id'
  const { stack } = given('ImportById');
  const fs = efs.FileSystem.fromFileSystemAttributes(stack, 'existingFS', {
    fileSystemId: 'fs123',
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-123456789', {
      allowAllOutbound: false,
    }),
  });
  fs.connections.allowToAnyIpv4(ec2.Port.tcp(443));
}
{
  // 'existing file system is imported correctly using arn'
  const { stack } = given('ImportByArn');
  const arn = stack.formatArn({
    service: 'elasticfilesystem',
    resource: 'file-system',
    resourceName: 'fs-12912923',
  });
  const fs = efs.FileSystem.fromFileSystemAttributes(stack, 'existingFS', {
    fileSystemArn: arn,
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-123456789', {
      allowAllOutbound: false,
    }),
  });
  fs.connections.allowToAnyIpv4(ec2.Port.tcp(443));
  new cdk.CfnOutput(stack, 'FileSystemArn', { value: fs.fileSystemArn });
  new cdk.CfnOutput(stack, 'FileSystemId', { value: fs.fileSystemId });
}
{
  // 'support granting permissions'
  const { stack, vpc } = given('Grant');
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() });
  fileSystem.grant(role, 'elasticfilesystem:ClientWrite');
}
{
  // 'support tags'
  const { stack, vpc } = given('Tags');
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  cdk.Tags.of(fileSystem).add('Name', 'LookAtMeAndMyFancyTags');
}
{
  // 'file system is created correctly when given a name'
  const { stack, vpc } = given('Named');
  new efs.FileSystem(stack, 'EfsFileSystem', { fileSystemName: 'MyNameableFileSystem', vpc });
}
{
  const { stack, vpc } = given('Destroy');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, removalPolicy: cdk.RemovalPolicy.DESTROY });
}
{
  const { stack, vpc } = given('Backup');
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc, enableAutomaticBackups: true });
}
{
  // 'can create when using a VPC with multiple subnets per availability zone'
  const { stack } = given('MultipleSubnetsPerAz');
  const oneAzVpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 1,
    subnetConfiguration: [
      { name: 'One', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      { name: 'Two', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
    natGateways: 0,
  });
  new efs.FileSystem(stack, 'EfsFileSystem', { vpc: oneAzVpc });
}
{
  // 'mountTargetOrderInsensitiveLogicalId flag is true'
  const customStack = new cdk.Stack(app, 'OrderInsensitive');
  customStack.node.setContext('@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId', true);
  const customVpc = new ec2.Vpc(customStack, 'VPC');
  new efs.FileSystem(customVpc, 'EfsFileSystem', { vpc: customVpc });
}
{
  // 'mountTargetOrderInsensitiveLogicalId flag is false'
  const customStack = new cdk.Stack(app, 'OrderSensitive');
  const customVpc = new ec2.Vpc(customStack, 'VPC');
  new efs.FileSystem(customVpc, 'EfsFileSystem', { vpc: customVpc });
}
app.synth();
