// Conformance case 'error-event-invoke-config-max-event-age'
// Upstream: aws-lambda/test/function.test.ts 'throws with out of range maxEventAge'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  maxEventAge: cdk.Duration.seconds(30),
});
app.synth();
