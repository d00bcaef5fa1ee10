// Conformance case 'error-cfn-microvm-image-missing-additional-os-capabilities': a lambda.CfnMicrovmImage without its required additionalOsCapabilities, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnMicrovmImage(stack, 'Resource1', {
  baseImageArn: 'arn',
  baseImageVersion: '1',
  buildRoleArn: 'arn',
  codeArtifact: {},
  cpuConfigurations: [],
  description: 'd',
  egressNetworkConnectors: [],
  environmentVariables: {},
  hooks: {},
  logging: {},
  name: 'n',
  resources: {},
});
app.synth();
