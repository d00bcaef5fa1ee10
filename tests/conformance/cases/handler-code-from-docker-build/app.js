// Conformance case 'handler-code-from-docker-build': Handler Code: `lambda.Code.fromDockerBuild(path, options)`
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// Code.fromDockerBuild runs `docker build` while the app is constructed.
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromDockerBuild(path.join(__dirname, 'docker-build-handler')),
});

app.synth();
