// Conformance case 'error-cfn-url-missing-auth-type': a lambda.CfnUrl without its required authType, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnUrl(stack, 'Resource1', {
  targetFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
});
app.synth();
