// Conformance case 'error-cfn-validator-function-memory-string': a lambda.CfnFunction whose memorySize is the string '128': "128" should be a number
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnFunction(stack, 'Fn1', {
  "code": {
    "zipFile": "foo"
  },
  "handler": "index.handler",
  "runtime": "python3.14",
  "role": "arn:aws:iam::123456789012:role/SomeRole",
  "memorySize": "128"
});
app.synth();
