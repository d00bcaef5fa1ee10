// Conformance case 'unit-layers-asset-metadata'
// Upstream: aws-lambda/test/layers.test.ts 'asset metadata is added to the cloudformation resource'
// with asset metadata enabled on the stack, under the default synthesizer (the test's legacy one,
// NEW_STYLE_STACK_SYNTHESIS_CONTEXT false: unit-legacy-synthesizer).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext(cxapi.ASSET_RESOURCE_METADATA_ENABLED_CONTEXT, true);
new lambda.LayerVersion(stack, 'layer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
});
app.synth();
