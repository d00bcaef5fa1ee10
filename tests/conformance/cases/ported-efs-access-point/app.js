// Conformance case 'ported-efs-access-point': aws-cdk's access-point.test.ts (aws-efs) ported
// literally, the same ids, props and subjects: its tests that synthesize, a stack each ('addAccessPoint
// correctly' in the Default stack that `new Stack()` makes), each with the beforeEach's VPC and file
// system; the imports' expect() values (accessPointId, accessPointArn, fileSystem) as outputs.
// Ported from aws-cdk: access-point.test.ts 'addAccessPoint correctly', 'new AccessPoint correctly',
// 'support tags for AccessPoint', 'import an AccessPoint using fromAccessPointId', 'import an
// AccessPoint using fromAccessPointAttributes and the accessPointId', 'import an AccessPoint using
// fromAccessPointAttributes and the accessPointArn', 'import using accessPointArn', 'custom access
// point is created correctly', 'allow client token to be set for AccessPoint'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
// beforeEach: stack = new Stack(); vpc = new ec2.Vpc(stack, 'VPC'); fileSystem = new FileSystem(...)
function given(id) {
  const stack = new cdk.Stack(app, id);
  const vpc = new ec2.Vpc(stack, 'VPC');
  const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
  return { stack, fileSystem };
}
function outputs(stack, imported, ap) {
  new cdk.CfnOutput(stack, 'ImportedAccessPointId', { value: imported.accessPointId });
  new cdk.CfnOutput(stack, 'AccessPointId', { value: ap.accessPointId });
  new cdk.CfnOutput(stack, 'ImportedAccessPointArn', { value: imported.accessPointArn });
  new cdk.CfnOutput(stack, 'AccessPointArn', { value: ap.accessPointArn });
  new cdk.CfnOutput(stack, 'ImportedFileSystem', { value: imported.fileSystem.fileSystemId });
  new cdk.CfnOutput(stack, 'FileSystem', { value: ap.fileSystem.fileSystemId });
}
{
  // 'addAccessPoint correctly'
  const { fileSystem } = given(undefined);
  fileSystem.addAccessPoint('MyAccessPoint');
}
{
  // 'new AccessPoint correctly'
  const { stack, fileSystem } = given('NewAccessPoint');
  new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
}
{
  // 'support tags for AccessPoint'
  const { stack, fileSystem } = given('Tags');
  const accessPoint = new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
  cdk.Tags.of(accessPoint).add('key1', 'value1');
  cdk.Tags.of(accessPoint).add('key2', 'value2');
  cdk.Tags.of(accessPoint).add('Name', 'MyAccessPointName');
}
{
  // 'import an AccessPoint using fromAccessPointId'
  const { stack, fileSystem } = given('FromAccessPointId');
  const ap = new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
  const imported = efs.AccessPoint.fromAccessPointId(stack, 'ImportedAccessPoint', ap.accessPointId);
  new cdk.CfnOutput(stack, 'ImportedAccessPointId', { value: imported.accessPointId });
  new cdk.CfnOutput(stack, 'AccessPointId', { value: ap.accessPointId });
}
{
  // 'import an AccessPoint using fromAccessPointAttributes and the accessPointId'
  const { stack, fileSystem } = given('FromAttributesId');
  const ap = new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
  const imported = efs.AccessPoint.fromAccessPointAttributes(stack, 'ImportedAccessPoint', {
    accessPointId: ap.accessPointId,
    fileSystem: fileSystem,
  });
  outputs(stack, imported, ap);
}
for (const id of ['FromAttributesArn', 'ImportUsingArn']) {
  // 'import an AccessPoint using fromAccessPointAttributes and the accessPointArn', 'import using accessPointArn'
  const { stack, fileSystem } = given(id);
  const ap = new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
  const imported = efs.AccessPoint.fromAccessPointAttributes(stack, 'ImportedAccessPoint', {
    accessPointArn: ap.accessPointArn,
    fileSystem: fileSystem,
  });
  outputs(stack, imported, ap);
}
{
  // 'custom access point is created correctly'
  const { stack, fileSystem } = given('Custom');
  new efs.AccessPoint(stack, 'MyAccessPoint', {
    fileSystem,
    createAcl: {
      ownerGid: '1000',
      ownerUid: '1000',
      permissions: '755',
    },
    path: '/export/share',
    posixUser: {
      gid: '1000',
      uid: '1000',
      secondaryGids: ['1001', '1002'],
    },
  });
}
{
  // 'allow client token to be set for AccessPoint'
  const { stack, fileSystem } = given('ClientToken');
  new efs.AccessPoint(stack, 'MyAccessPoint', {
    fileSystem,
    clientToken: 'client-token',
  });
}
app.synth();
