// Conformance case 'v2-insights-docker-image': v2: insightsVersion on a DockerImageFunction (no layer; the managed policy only)
// Ported from aws-cdk: lambda-insights.test.ts, its container image test: Function.configureLambdaInsights skips the layer for Runtime.FROM_IMAGE (test title not checked against the stored copy)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ecr = require('aws-cdk-lib/aws-ecr');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { region: 'us-east-1' } });
const repo = new ecr.Repository(stack, 'Repository');

new lambda.DockerImageFunction(stack, 'MyFunction', {
  code: lambda.DockerImageCode.fromEcr(repo),
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
});

app.synth();
