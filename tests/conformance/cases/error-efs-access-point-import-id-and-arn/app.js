// Conformance case 'error-efs-access-point-import-id-and-arn': error: AccessPoint.fromAccessPointAttributes
// with both accessPointArn and accessPointId (access-point.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
const ap = new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
efs.AccessPoint.fromAccessPointAttributes(stack, 'ImportedAccessPoint', {
  accessPointArn: ap.accessPointArn,
  accessPointId: ap.accessPointId,
  fileSystem,
});
app.synth();
