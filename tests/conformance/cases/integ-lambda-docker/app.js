// Conformance case 'integ-lambda-docker': aws-lambda test/integ.lambda.docker.ts (the IntegTest
// and its invokeFunction assertion are dropped; app.synth() added, as the integ runner synthesizes
// the app; docker-lambda-handler/ is a small Dockerfile folder of our own: the image asset is only
// staged at synth, not built).
'use strict';
const path = require('path');
const { App, Stack } = require('aws-cdk-lib');
const { DockerImageCode, DockerImageFunction } = require('aws-cdk-lib/aws-lambda');

class TestStack extends Stack {
  constructor(scope, id) {
    super(scope, id);

    this.fn = new DockerImageFunction(this, 'MyLambda', {
      code: DockerImageCode.fromImageAsset(path.join(__dirname, 'docker-lambda-handler')),
    });
  }
}

const app = new App();
new TestStack(app, 'lambda-ecr-docker');

app.synth();
