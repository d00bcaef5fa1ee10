// Conformance case 'error-cfn-ref-props-layers-string': a lambda.CfnFunction whose layers are one string, not a list: mapArrayInPlace's TypeError on a string
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
  "layers": "arn:aws:lambda:us-east-1:123456789012:layer:l:1"
});
app.synth();
