// Conformance case 'error-core-construct-set-context-after-children': construct.test.ts
// 'construct.setContext(key, value) can only be called before adding any children' (every child's
// id in the message).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const root = new Construct(app, 'Root');
new Construct(root, 'child1');
new Construct(root, 'child2');
root.node.setContext('k', 'v');
app.synth();
