// Conformance case 'integ-lambda-docker-arm64': aws-lambda test/integ.lambda.docker-arm64.ts (the
// IntegTest is dropped; docker-arm64-handler/ is a small Dockerfile folder of our own: the image
// asset is only staged at synth, not built).
'use strict';
const path = require('path');
const { App, Stack } = require('aws-cdk-lib');
const { Architecture, DockerImageCode, DockerImageFunction } = require('aws-cdk-lib/aws-lambda');

const app = new App();

const stack = new Stack(app, 'lambda-ecr-docker-arm64');

new DockerImageFunction(stack, 'MyLambda', {
  code: DockerImageCode.fromImageAsset(path.join(__dirname, 'docker-arm64-handler')),
  architecture: Architecture.ARM_64,
});

app.synth();
