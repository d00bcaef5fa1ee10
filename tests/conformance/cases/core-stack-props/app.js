// Conformance case 'core-stack-props': core: stack description, termination protection, tags, concrete env
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', {
  description: 'A stack with props: description, tags, env',
  terminationProtection: true,
  tags: { Team: 'ccdk', 'Cost Center': '42' },
  env: { account: '123456789012', region: 'eu-west-1' },
});

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
});
cdk.Tags.of(fn).add('Component', 'function');
cdk.Tags.of(stack).add('Added', 'by-aspect');

new cdk.CfnOutput(stack, 'Where', { value: `${stack.account}/${stack.region}/${fn.functionArn}` });

app.synth();
