// Conformance case 'cfn-validator-intrinsics-pass': lambda.CfnFunction and CfnEventSourceMapping properties that the validators cannot inspect (an Fn::If struct, a dynamic reference where a number goes, a Ref where a list goes, null members): they pass, rendered as given
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnFunction(stack, 'Fn1', {
  "code": {
    "Fn::If": [
      "C",
      {
        "ZipFile": "a"
      },
      {
        "ZipFile": "b"
      }
    ]
  },
  "handler": "index.handler",
  "runtime": "python3.14",
  "role": "arn:aws:iam::123456789012:role/SomeRole",
  "memorySize": "{{resolve:ssm:/mem}}",
  "layers": {
    "Ref": "LayerParam"
  },
  "environment": {
    "variables": {
      "A": {
        "Fn::Sub": "x"
      }
    }
  }
});
new lambda.CfnEventSourceMapping(stack, 'Esm1', {
  "functionName": "f",
  "batchSize": {
    "Fn::GetAtt": [
      "X",
      "Y"
    ]
  },
  "filterCriteria": {
    "filters": [
      {
        "pattern": "{}"
      }
    ]
  },
  "topics": [
    "t"
  ]
});
app.synth();
