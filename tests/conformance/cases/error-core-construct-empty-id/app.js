// Conformance case 'error-core-construct-empty-id': construct.test.ts 'constructs cannot be
// created with an empty name unless they are root'.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
new Construct(app, '');
app.synth();
