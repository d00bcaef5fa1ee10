// Conformance case 'error-efs-access-point-import-without-id': error: AccessPoint.fromAccessPointAttributes
// with a fileSystem but neither accessPointArn nor accessPointId (access-point.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
efs.AccessPoint.fromAccessPointAttributes(stack, 'ImportedAccessPoint', { fileSystem });
app.synth();
