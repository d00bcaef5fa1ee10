// Conformance case 'error-cfn-layer-version-permission-missing-layer-version-arn': a lambda.CfnLayerVersionPermission without its required layerVersionArn, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnLayerVersionPermission(stack, 'Resource1', {
  action: 'lambda:GetLayerVersion',
  principal: '*',
});
app.synth();
