// Conformance case 'error-lambda-s3files-file-system-not-found': aws-s3files/test/access-point-reflection.test.ts,
// 'throws when file system is not in the construct tree' (an access point of no CfnFileSystem of the
// App), through lambda.FileSystem.fromS3FilesAccessPoint.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3files = require('aws-cdk-lib/aws-s3files');

const app = new cdk.App();
const otherStack = new cdk.Stack(app, 'OtherStack');
const orphanAp = new s3files.CfnAccessPoint(otherStack, 'OrphanAP', {
  fileSystemId: 'fs-orphan',
});
lambda.FileSystem.fromS3FilesAccessPoint(orphanAp, '/mnt/data');
app.synth();
