// Conformance case 'cfn-web-function': a lambda.CfnWebFunction (ccdk_lambda_cfn_web_function_new) with its required properties and some optional ones, its own tags sorted with Tags.of()'s
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnWebFunction(stack, 'Resource1', {
  functionName: 'my-web-function',
  tags: [
    {
      key: 'team',
      value: 'blue',
    },
    {
      key: 'app',
      value: 'orders',
    },
  ],
});
cdk.Tags.of(r).add('stage', 'prod');
cdk.Tags.of(stack).add('team', 'red');
app.synth();
