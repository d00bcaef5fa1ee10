// Conformance case 'error-cfn-microvm-image-missing-resources': a lambda.CfnMicrovmImage without its required resources, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnMicrovmImage(stack, 'Resource1', {
  additionalOsCapabilities: [],
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
});
app.synth();
