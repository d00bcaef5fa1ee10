// Conformance case 'error-cfn-alias-missing-function-name': a lambda.CfnAlias without its required functionName, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnAlias(stack, 'Resource1', {
  functionVersion: '1',
  name: 'live',
});
app.synth();
