// Conformance case 'core-app-no-tree-metadata': core synthesis.test.ts's 'synthesis respects
// disabling tree metadata': App({treeMetadata: false}) writes no tree.json and no Tree artifact
// (a Stage's nested assembly never has them); App({analyticsReporting: false}) turns version
// reporting off over the CLI's default (no CDKMetadata in the cli-default context).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ treeMetadata: false, analyticsReporting: false });
const stack = new cdk.Stack(app, 'one-stack');
new cdk.CfnResource(stack, 'MyResource', { type: 'Resource::Type' });
const stage = new cdk.Stage(app, 'Beta');
const inner = new cdk.Stack(stage, 'Inner');
new cdk.CfnResource(inner, 'MyResource', { type: 'Resource::Type' });

app.synth();
