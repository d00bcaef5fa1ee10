// Conformance case 'cfn-layer-version': a lambda.CfnLayerVersion (ccdk_lambda_cfn_layer_version_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnLayerVersion(stack, 'Resource1', {
  content: {
    s3Bucket: 'my-bucket',
    s3Key: 'layer.zip',
  },
  compatibleRuntimes: ['python3.12', 'python3.13'],
  compatibleArchitectures: ['arm64'],
  description: 'a layer',
  layerName: 'my-layer',
  licenseInfo: 'MIT',
});
app.synth();
