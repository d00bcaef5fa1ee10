// Conformance case 'error-cfn-ref-props-layers-element': a lambda.CfnFunction whose layers hold a number: the constructor's TypeError for the element
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
  "layers": [
    "arn:aws:lambda:us-east-1:123456789012:layer:l:1",
    7
  ]
});
app.synth();
