// Conformance case 'error-cfn-layer-version-permission-missing-action': a lambda.CfnLayerVersionPermission without its required action, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnLayerVersionPermission(stack, 'Resource1', {
  layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:my-layer:1',
  principal: '*',
});
app.synth();
