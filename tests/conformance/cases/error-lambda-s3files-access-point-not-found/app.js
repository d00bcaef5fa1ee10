// Conformance case 'error-lambda-s3files-access-point-not-found': aws-s3files/test/access-point-reflection.test.ts,
// cross-stack scenarios, 'throws when CfnAccessPoint cannot be found for an imported ref' (a Stack
// posing as an access point reference), through lambda.FileSystem.fromS3FilesAccessPoint.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const mockRef = new class extends cdk.Stack {
  get accessPointRef() {
    return { accessPointId: 'fsap-cross', accessPointArn: 'arn:aws:s3files:us-east-1:123456789012:access-point/fsap-cross' };
  }
}(app, 'MockRef');
lambda.FileSystem.fromS3FilesAccessPoint(mockRef, '/mnt/data');
app.synth();
