// Conformance case 'error-lambda-s3files-no-security-groups': aws-s3files/test/access-point-reflection.test.ts,
// 'throws when mount targets have no security groups', through lambda.FileSystem.fromS3FilesAccessPoint.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3files = require('aws-cdk-lib/aws-s3files');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const cfnFileSystem = new s3files.CfnFileSystem(stack, 'FileSystem', {
  bucket: 'my-bucket',
  roleArn: 'arn:aws:iam::123456789012:role/S3FilesRole',
});
const cfnAccessPoint = new s3files.CfnAccessPoint(stack, 'AccessPoint', {
  fileSystemId: cfnFileSystem.attrFileSystemId,
});
new s3files.CfnMountTarget(stack, 'MT0', {
  fileSystemId: cfnFileSystem.attrFileSystemId,
  subnetId: 'subnet-aaa',
});
lambda.FileSystem.fromS3FilesAccessPoint(cfnAccessPoint, '/mnt/data');
app.synth();
