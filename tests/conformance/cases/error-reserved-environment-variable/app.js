// Conformance case 'error-reserved-environment-variable': error: an environment variable the Lambda runtime reserves
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  environment: { STAGE: 'prod', AWS_REGION: 'us-east-1' },
});
app.synth();
