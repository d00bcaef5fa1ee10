// Conformance case 'error-cfn-web-function-endpoint-missing-endpoint-name': a lambda.CfnWebFunctionEndpoint without its required endpointName, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnWebFunctionEndpoint(stack, 'Resource1', {
  authType: 'NONE',
  endpointType: 'PUBLIC',
  functionName: 'my-web-function',
});
app.synth();
