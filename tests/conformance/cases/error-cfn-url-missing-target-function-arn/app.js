// Conformance case 'error-cfn-url-missing-target-function-arn': a lambda.CfnUrl without its required targetFunctionArn, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnUrl(stack, 'Resource1', {
  authType: 'AWS_IAM',
});
app.synth();
