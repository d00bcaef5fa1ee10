// Conformance case 'error-lambda-s3files-access-point-twice': lambda.FileSystem.fromS3FilesAccessPoint called twice for
// one access point whose mount target has a security group: the second import of MountTargetSG0 under
// the access point is aws-cdk-lib's duplicate-id error (share one FileSystem between functions instead).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3files = require('aws-cdk-lib/aws-s3files');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', {restrictDefaultSecurityGroup: false});
const fs = new s3files.CfnFileSystem(stack, 'FileSystem', { bucket: 'b', roleArn: 'r' });
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc });
new s3files.CfnMountTarget(stack, 'MT0', { fileSystemId: fs.attrFileSystemId, subnetId: 's', securityGroups: [sg.securityGroupId] });
const ap = new s3files.CfnAccessPoint(stack, 'AccessPoint', { fileSystemId: fs.attrFileSystemId });
lambda.FileSystem.fromS3FilesAccessPoint(ap, '/mnt/data');
lambda.FileSystem.fromS3FilesAccessPoint(ap, '/mnt/data');
app.synth();
