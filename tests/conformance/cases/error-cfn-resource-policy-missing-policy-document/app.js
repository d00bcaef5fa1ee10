// Conformance case 'error-cfn-resource-policy-missing-policy-document': a lambda.CfnResourcePolicy without its required policyDocument, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnResourcePolicy(stack, 'Resource1', {
  resourceArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
});
app.synth();
