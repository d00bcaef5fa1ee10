// Conformance case 'cfn-permission': a lambda.CfnPermission (ccdk_lambda_cfn_permission_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnPermission(stack, 'Resource1', {
  action: 'lambda:InvokeFunction',
  functionName: 'my-function',
  principal: 's3.amazonaws.com',
  sourceAccount: '123456789012',
  sourceArn: 'arn:aws:s3:::my-bucket',
});
app.synth();
