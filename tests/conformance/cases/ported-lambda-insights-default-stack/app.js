// Conformance case 'ported-lambda-insights-default-stack': aws-cdk's lambda-insights.test.ts
// (aws-lambda), its one test with a `new cdk.Stack()`, kept in the Default stack: a DockerImageFunction
// from an ECR repository imported by ARN with insightsVersion (no layer, the managed policy only).
// Ported from aws-cdk: lambda-insights.test.ts 'insights layer is skipped for container images and the
// role is updated'
'use strict';
const cdk = require('aws-cdk-lib');
const ecr = require('aws-cdk-lib/aws-ecr');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new lambda.DockerImageFunction(stack, 'MyFunction', {
  code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryArn(stack, 'MyRepo',
    'arn:aws:ecr:us-east-1:123456789012:repository/MyRepo')),
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
});

app.synth();
