// Conformance case 'docker-image-ecr': Docker Images: `DockerImageFunction` with `DockerImageCode.fromEcr`
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ecr = require('aws-cdk-lib/aws-ecr');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const repo = new ecr.Repository(stack, 'Repository');

new lambda.DockerImageFunction(stack, 'ECRFunction', {
  code: lambda.DockerImageCode.fromEcr(repo),
});

app.synth();
