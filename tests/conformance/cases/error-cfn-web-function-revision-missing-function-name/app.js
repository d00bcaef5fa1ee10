// Conformance case 'error-cfn-web-function-revision-missing-function-name': a lambda.CfnWebFunctionRevision without its required functionName, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnWebFunctionRevision(stack, 'Resource1', {
  buildConfig: {},
  serviceConfig: {},
});
app.synth();
