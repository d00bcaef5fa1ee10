// Conformance case 'bundling-docker-build': Bundling Asset Code: `DockerImage.fromBuild` bundling image with build args
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// DockerImage.fromBuild runs `docker build` while the app is constructed.
new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'handler'), {
    bundling: {
      image: cdk.DockerImage.fromBuild(path.join(__dirname, 'dir-with-dockerfile'), {
        buildArgs: {
          ARG1: 'value1',
        },
      }),
      command: ['my', 'cool', 'command'],
    },
  }),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.handler',
});

app.synth();
