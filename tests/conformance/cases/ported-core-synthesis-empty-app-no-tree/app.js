// Conformance case 'ported-core-synthesis-empty-app-no-tree': synthesis.test.ts's 'synthesis respects
// disabling tree metadata': an empty App({treeMetadata: false}) writes cdk.out and manifest.json only.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({
  treeMetadata: false,
});
app.synth();
