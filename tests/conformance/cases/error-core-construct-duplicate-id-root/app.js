// Conformance case 'error-core-construct-duplicate-id-root': construct.test.ts 'construct can not
// be created with the name of a sibling', at the root (the App: no id in the message).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
new Construct(app, 'SameName');
new Construct(app, 'SameName');
app.synth();
