// Conformance case 'error-cfn-permission-missing-function-name': a lambda.CfnPermission without its required functionName, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnPermission(stack, 'Resource1', {
  action: 'lambda:InvokeFunction',
  principal: 's3.amazonaws.com',
});
app.synth();
