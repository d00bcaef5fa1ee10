// Conformance case 'error-core-construct-lock': construct.test.ts 'construct.lock() protects
// against adding children anywhere under this construct': a child of a child of a locked construct
// (a sibling's still allowed).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const c0a = new Construct(app, 'c0a');
const c0b = new Construct(app, 'c0b');
const c1a = new Construct(c0a, 'c1a');
new Construct(c0a, 'c1b');
c0a.node.lock();
new Construct(c0b, 'c1a');
new Construct(c1a, 'fail2');
app.synth();
