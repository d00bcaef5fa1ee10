// Conformance case 'error-adot-container-image': error: adotInstrumentation on a DockerImageFunction
// Ported from aws-cdk: function.test.ts, its adotInstrumentation container image test: Function.configureAdotInstrumentation (the matching function.test.ts test not located in the stored copy of aws-cdk)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ecr = require('aws-cdk-lib/aws-ecr');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { region: 'us-west-2' } });
const repo = new ecr.Repository(stack, 'Repository');

new lambda.DockerImageFunction(stack, 'MyFunction', {
  code: lambda.DockerImageCode.fromEcr(repo),
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
  },
});

app.synth();
