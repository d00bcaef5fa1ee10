// Conformance case 'efs-imports': efs-file-system.test.ts's imported file systems (by id, by an ARN of
// stack.formatArn; an imported group without allowAllOutbound gets the egress rule of
// connections.allowToAnyIpv4) and access-point.test.ts: tags on an AccessPoint, and
// fromAccessPointId / fromAccessPointAttributes (by id, by ARN) with their id, ARN and file system
// as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });

const byId = efs.FileSystem.fromFileSystemAttributes(stack, 'existingFS', {
  fileSystemId: 'fs123',
  securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-123456789', { allowAllOutbound: false }),
});
byId.connections.allowToAnyIpv4(ec2.Port.tcp(443));
const arn = stack.formatArn({ service: 'elasticfilesystem', resource: 'file-system', resourceName: 'fs-12912923' });
const byArn = efs.FileSystem.fromFileSystemAttributes(stack, 'existingFSByArn', {
  fileSystemArn: arn,
  securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG2', 'sg-223456789', { allowAllOutbound: false }),
});
byArn.connections.allowToAnyIpv4(ec2.Port.tcp(443));
new cdk.CfnOutput(stack, 'ByIdId', { value: byId.fileSystemId });
new cdk.CfnOutput(stack, 'ByIdArn', { value: byId.fileSystemArn });
new cdk.CfnOutput(stack, 'ByArnId', { value: byArn.fileSystemId });
new cdk.CfnOutput(stack, 'ByArnArn', { value: byArn.fileSystemArn });

const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
const ap = new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
cdk.Tags.of(ap).add('key1', 'value1');
cdk.Tags.of(ap).add('key2', 'value2');
cdk.Tags.of(ap).add('Name', 'MyAccessPointName');
const fromId = efs.AccessPoint.fromAccessPointId(stack, 'ImportedById', ap.accessPointId);
new cdk.CfnOutput(stack, 'FromIdId', { value: fromId.accessPointId });
new cdk.CfnOutput(stack, 'FromIdArn', { value: fromId.accessPointArn });
const fromAttrsId = efs.AccessPoint.fromAccessPointAttributes(stack, 'ImportedByAttrsId', {
  accessPointId: ap.accessPointId,
  fileSystem,
});
const fromAttrsArn = efs.AccessPoint.fromAccessPointAttributes(stack, 'ImportedByAttrsArn', {
  accessPointArn: ap.accessPointArn,
  fileSystem,
});
for (const [name, imported] of [['AttrsId', fromAttrsId], ['AttrsArn', fromAttrsArn]]) {
  new cdk.CfnOutput(stack, `${name}Id`, { value: imported.accessPointId });
  new cdk.CfnOutput(stack, `${name}Arn`, { value: imported.accessPointArn });
  new cdk.CfnOutput(stack, `${name}FileSystem`, { value: imported.fileSystem.fileSystemId });
}
new cdk.CfnOutput(stack, 'ApArn', { value: ap.accessPointArn });
new cdk.CfnOutput(stack, 'ApFileSystem', { value: ap.fileSystem.fileSystemId });
app.synth();
