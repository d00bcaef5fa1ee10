// Conformance case 'cfn-alias': a lambda.CfnAlias (ccdk_lambda_cfn_alias_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnAlias(stack, 'Resource1', {
  functionName: 'my-function',
  functionVersion: '1',
  name: 'live',
  description: 'the live alias',
  provisionedConcurrencyConfig: {
    provisionedConcurrentExecutions: 5,
  },
  routingConfig: {
    additionalVersionWeights: [
      {
        functionVersion: '2',
        functionWeight: 0.1,
      },
    ],
  },
});
app.synth();
