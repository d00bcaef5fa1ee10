// Conformance case 'error-snap-start-container-ephemeral-storage'
// Upstream: aws-lambda/test/function.test.ts describe('SnapStart') 'container image function with SnapStart and >512 MiB ephemeral storage throws'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.DockerImageFunction(stack, 'MyLambda', {
  code: lambda.DockerImageCode.fromImageAsset('docker-lambda-handler'),
  ephemeralStorageSize: cdk.Size.mebibytes(1024),
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});
app.synth();
