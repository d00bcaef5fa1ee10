// Conformance case 'error-cfn-web-function-revision-missing-build-config': a lambda.CfnWebFunctionRevision without its required buildConfig, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnWebFunctionRevision(stack, 'Resource1', {
  functionName: 'my-web-function',
  serviceConfig: {},
});
app.synth();
