// Conformance case 'cfn-url': a lambda.CfnUrl (ccdk_lambda_cfn_url_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnUrl(stack, 'Resource1', {
  authType: 'AWS_IAM',
  targetFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
  qualifier: 'live',
  invokeMode: 'RESPONSE_STREAM',
  cors: {
    allowOrigins: ['https://example.com'],
    allowMethods: ['GET'],
    maxAge: 300,
  },
});
app.synth();
