// Conformance case 'error-insights-arm-version': error: throws if arm is not available in this version
// Ported from aws-cdk: lambda-insights.test.ts 'throws if arm is not available in this version'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', {
  env: { account: '123456789012', region: 'us-east-1' },
});
new lambda.Function(stack, 'MyLambda', {
  functionName: 'MyLambda',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  architecture: lambda.Architecture.ARM_64,
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
});

app.synth();
