// Conformance case 'error-core-construct-duplicate-id': construct.test.ts 'construct can not be
// created with the name of a sibling', below a construct (the message names its class and id).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
new Construct(app, 'SameName');
const c0 = new Construct(app, 'c0');
new Construct(c0, 'SameName');
new Construct(c0, 'SameName');
app.synth();
