// Conformance case 'cfn-web-function-endpoint': a lambda.CfnWebFunctionEndpoint (ccdk_lambda_cfn_web_function_endpoint_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnWebFunctionEndpoint(stack, 'Resource1', {
  authType: 'NONE',
  endpointName: 'main',
  endpointType: 'PUBLIC',
  functionName: 'my-web-function',
  description: 'the main endpoint',
});
app.synth();
