// Conformance case 'error-core-stack-rename-logical-id-unused': renameLogicalId's error (see the renames).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Renames');
new cdk.CfnResource(stack, 'A', { type: 'AWS::SNS::Topic' });
new cdk.CfnResource(stack, 'B', { type: 'AWS::SNS::Topic' });
stack.renameLogicalId('Nope', 'X');
stack.renameLogicalId('A', 'Renamed');
stack.renameLogicalId('Other', 'Y');
app.synth();
