// Conformance case 'error-layer-import-no-runtimes'
// Upstream: aws-lambda/lib/layers.ts fromLayerVersionAttributes with compatibleRuntimes: []
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
lambda.LayerVersion.fromLayerVersionAttributes(stack, 'Imported', {
  layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:MyLayer:1',
  compatibleRuntimes: [],
});
app.synth();
