// Conformance case 'error-lambda-s3files-no-mount-targets': lambda.FileSystem.fromS3FilesAccessPoint for
// a file system without a CfnMountTarget (aws-s3files' AccessPointReflection.mountTargets:
// "No mount targets found for file system at ...").
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
  fileSystemId: cfnFileSystem.ref,
});
lambda.FileSystem.fromS3FilesAccessPoint(cfnAccessPoint, '/mnt/data');
app.synth();
