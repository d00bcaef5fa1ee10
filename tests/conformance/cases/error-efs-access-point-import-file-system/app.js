// Conformance case 'error-efs-access-point-import-file-system': the fileSystem of an access point
// imported with fromAccessPointId (access-point.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
const ap = new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem });
const imported = efs.AccessPoint.fromAccessPointId(stack, 'ImportedAccessPoint', ap.accessPointId);
imported.fileSystem;
app.synth();
