// Conformance case 'error-cfn-permission-missing-action': a lambda.CfnPermission without its required action, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnPermission(stack, 'Resource1', {
  functionName: 'my-function',
  principal: 's3.amazonaws.com',
});
app.synth();
