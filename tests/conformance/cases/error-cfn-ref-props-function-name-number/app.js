// Conformance case 'error-cfn-ref-props-function-name-number': a lambda.CfnVersion whose functionName is a number: ensureStringOrUndefined's TypeError in the constructor
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnVersion(stack, 'Version1', {
  "functionName": 42
});
app.synth();
