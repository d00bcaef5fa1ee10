// Conformance case 'cfn-layer-version-permission': a lambda.CfnLayerVersionPermission (ccdk_lambda_cfn_layer_version_permission_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnLayerVersionPermission(stack, 'Resource1', {
  action: 'lambda:GetLayerVersion',
  layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:my-layer:1',
  principal: '*',
  organizationId: 'o-1234567890',
});
app.synth();
