// Conformance case 'ported-layers-asset-metadata': layers.test.ts 'asset metadata is added to the
// cloudformation resource' as written: legacy synthesis by the App's context, the Default stack,
// asset metadata enabled by context set on the stack's node.
// Ported from aws-cdk: layers.test.ts 'asset metadata is added to the cloudformation resource'
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  context: {
    [cxapi.NEW_STYLE_STACK_SYNTHESIS_CONTEXT]: false,
  },
});
const stack = new cdk.Stack(app);
stack.node.setContext(cxapi.ASSET_RESOURCE_METADATA_ENABLED_CONTEXT, true);
new lambda.LayerVersion(stack, 'layer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
});
app.synth();
