// Conformance case 'error-efs-import-id-and-arn': error: FileSystem.fromFileSystemAttributes with
// both fileSystemArn (of stack.formatArn) and fileSystemId (efs-file-system.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
const arn = stack.formatArn({ service: 'elasticfilesystem', resource: 'file-system', resourceName: 'fs-12912923' });
efs.FileSystem.fromFileSystemAttributes(stack, 'existingFS', {
  fileSystemArn: arn,
  fileSystemId: 'fs-12343435',
  securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-123456789', { allowAllOutbound: false }),
});
app.synth();
