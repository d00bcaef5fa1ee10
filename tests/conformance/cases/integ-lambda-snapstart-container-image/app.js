// Conformance case 'integ-lambda-snapstart-container-image': aws-lambda
// test/integ.lambda-snapstart-container-image.ts (the IntegTest is dropped; app.synth() added, as
// the integ runner synthesizes the app; docker-lambda-handler/ is a small Dockerfile folder of our
// own: the image asset is only staged at synth, not built).
'use strict';
const path = require('path');
const { App, Stack } = require('aws-cdk-lib');
const { DockerImageCode, DockerImageFunction, SnapStartConf } = require('aws-cdk-lib/aws-lambda');

const app = new App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new Stack(app, 'aws-cdk-lambda-snapstart-container-image');

new DockerImageFunction(stack, 'SnapStartContainerImageLambda', {
  code: DockerImageCode.fromImageAsset(path.join(__dirname, 'docker-lambda-handler')),
  snapStart: SnapStartConf.ON_PUBLISHED_VERSIONS,
});

app.synth();
