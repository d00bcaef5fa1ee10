// Conformance case 'error-cfn-validator-function-nested': a lambda.CfnFunction with a file system config missing its arn (a list element), a number environment variable, a code given as a string: the whole tree, in the validator's order
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnFunction(stack, 'Fn1', {
  "code": "s3://bucket/key",
  "handler": "index.handler",
  "runtime": "python3.14",
  "role": "arn:aws:iam::123456789012:role/SomeRole",
  "fileSystemConfigs": [
    {
      "arn": "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1",
      "localMountPath": "/mnt/a"
    },
    {
      "localMountPath": "/mnt/b"
    }
  ],
  "environment": {
    "variables": {
      "A": "x",
      "B": 1
    }
  },
  "timeout": true,
  "tracingConfig": {
    "mode": [
      "Active"
    ]
  }
});
app.synth();
