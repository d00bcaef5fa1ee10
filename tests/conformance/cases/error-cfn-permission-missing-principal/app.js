// Conformance case 'error-cfn-permission-missing-principal': a lambda.CfnPermission without its required principal, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnPermission(stack, 'Resource1', {
  action: 'lambda:InvokeFunction',
  functionName: 'my-function',
});
app.synth();
