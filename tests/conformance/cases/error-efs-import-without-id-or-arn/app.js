// Conformance case 'error-efs-import-without-id-or-arn': error: FileSystem.fromFileSystemAttributes
// with neither fileSystemId nor fileSystemArn (efs-file-system.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
efs.FileSystem.fromFileSystemAttributes(stack, 'existingFS', {
  securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-123456789', { allowAllOutbound: false }),
});
app.synth();
