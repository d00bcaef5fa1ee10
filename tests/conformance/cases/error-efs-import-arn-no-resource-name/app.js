// Conformance case 'error-efs-import-arn-no-resource-name': error: FileSystem.fromFileSystemAttributes
// with an ARN of no resource name (efs-file-system.ts: "Invalid FileSystem Arn ...")
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
efs.FileSystem.fromFileSystemAttributes(stack, 'existingFS', {
  fileSystemArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system',
  securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-123456789', { allowAllOutbound: false }),
});
app.synth();
