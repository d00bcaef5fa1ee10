// Conformance case 'error-duration-token-other-unit': error: a function timeout of Duration.minutes(token)
// (timeout is written in seconds, and a token cannot be converted)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const minutes = new cdk.CfnParameter(stack, 'TimeoutMinutes', { type: 'Number' });
new lambda.Function(stack, 'MyFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  timeout: cdk.Duration.minutes(minutes.valueAsNumber),
});

app.synth();
