// Conformance case 'error-cfn-validator-alias-routing': a lambda.CfnAlias whose routing config's weights miss functionWeight and provisioned concurrency is a string, and a CfnVersion with an object description
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnAlias(stack, 'Alias1', {
  "functionName": "f",
  "functionVersion": "1",
  "name": "live",
  "routingConfig": {
    "additionalVersionWeights": [
      {
        "functionVersion": "2"
      }
    ]
  },
  "provisionedConcurrencyConfig": "5"
});
new lambda.CfnVersion(stack, 'Version1', {
  "functionName": "f",
  "description": {
    "a": 1
  }
});
app.synth();
