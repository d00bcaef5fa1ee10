// Conformance case 'error-insights-arm-region': error: throws if arm is available in this version, but not in this region
// Ported from aws-cdk: lambda-insights.test.ts 'throws if arm is available in this version, but not in this region'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', {
  env: { account: '123456789012', region: 'us-west-1' },
});
new lambda.Function(stack, 'MyLambda', {
  functionName: 'MyLambda',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  architecture: lambda.Architecture.ARM_64,
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_119_0,
});

app.synth();
