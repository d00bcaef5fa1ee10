// Conformance case 'docker-image-asset': Docker Images: `DockerImageFunction` with `DockerImageCode.fromImageAsset`
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// The image is built by the cdk CLI at publish time, not at synth: no Docker needed here.
new lambda.DockerImageFunction(stack, 'AssetFunction', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'docker-handler')),
});

app.synth();
