// Conformance case 'error-core-construct-find-child': construct.test.ts 'construct.getChild(name)
// can be used to retrieve a child from a parent' (node.findChild of a missing id).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const root = new Construct(app, 'Root');
new Construct(root, 'Contruct');
root.node.findChild('Contruct');
root.node.findChild('NotFound');
app.synth();
