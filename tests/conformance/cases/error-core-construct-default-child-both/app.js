// Conformance case 'error-core-construct-default-child-both': construct.test.ts defaultChild
// 'fails if there are both "Resource" and "Default"'.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const root = new Construct(app, 'Root');
new Construct(root, 'child1');
new Construct(root, 'Default');
new Construct(root, 'child2');
new Construct(root, 'Resource');
if (root.node.defaultChild) throw new Error('unreachable');
app.synth();
