// Conformance case 'error-insights-unsupported-region': error: existing region with existing but unsupported version throws error
// Ported from aws-cdk: lambda-insights.test.ts 'existing region with existing but unsupported version throws error'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', {
  env: { account: '123456789012', region: 'af-south-1' },
});
new lambda.Function(stack, 'BadVersion', {
  functionName: 'BadVersion',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_54_0,
});

app.synth();
