// Conformance case 'error-cfn-ref-props-role-object': a lambda.CfnFunction whose role is an intrinsic object (not a string token): the constructor's TypeError
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
  "role": {
    "Fn::GetAtt": [
      "R",
      "Arn"
    ]
  }
});
app.synth();
