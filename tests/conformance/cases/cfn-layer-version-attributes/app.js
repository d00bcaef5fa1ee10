// Conformance case 'cfn-layer-version-attributes': a CfnLayerVersionPermission on a CfnLayerVersion's attrLayerVersionArn; the layer's ref in an output
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const layer = new lambda.CfnLayerVersion(stack, 'Layer1', {
  content: {
    s3Bucket: 'b',
    s3Key: 'k.zip',
  },
});
const lvp = new lambda.CfnLayerVersionPermission(stack, 'LayerPermission1', {
  action: 'lambda:GetLayerVersion',
  principal: '*',
  layerVersionArn: layer.attrLayerVersionArn,
});
new cdk.CfnOutput(stack, 'LayerRef', { value: layer.ref });
new cdk.CfnOutput(stack, 'LayerPermissionId', { value: lvp.attrId });
new cdk.CfnOutput(stack, 'LayerPermissionRef', { value: lvp.ref });
app.synth();
