// Conformance case 'error-cfn-validator-microvm-image-types': a lambda.CfnMicrovmImage whose codeArtifact lacks its uri and whose environmentVariables and resources are objects, not lists: CfnMicrovmImagePropsValidator's error tree at render
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnMicrovmImage(stack, 'Image1', {
  "additionalOsCapabilities": [],
  "baseImageArn": "arn",
  "baseImageVersion": "1",
  "buildRoleArn": "arn",
  "codeArtifact": {},
  "cpuConfigurations": [],
  "description": "d",
  "egressNetworkConnectors": [],
  "environmentVariables": {},
  "hooks": {},
  "logging": {},
  "name": "n",
  "resources": {}
});
app.synth();
