// Conformance case 'cfn-version': a lambda.CfnVersion (ccdk_lambda_cfn_version_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnVersion(stack, 'Resource1', {
  functionName: 'my-function',
  description: 'version one',
  codeSha256: 'abc123',
  provisionedConcurrencyConfig: {
    provisionedConcurrentExecutions: 2,
  },
  runtimePolicy: {
    updateRuntimeOn: 'Auto',
  },
});
app.synth();
