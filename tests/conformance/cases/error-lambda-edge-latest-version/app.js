// Conformance case 'error-lambda-edge-latest-version': fn.latestVersion.edgeArn throws at once.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
new cdk.CfnOutput(stack, 'EdgeArn', { value: fn.latestVersion.edgeArn });
app.synth();
