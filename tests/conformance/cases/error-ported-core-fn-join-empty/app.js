// Conformance case 'error-ported-core-fn-join-empty': fn.test.ts's 'rejects empty list of arguments
// to join': Fn.join('.', []) (`FnJoin requires at least one value to be provided`, no path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
cdk.Fn.join('.', []);
app.synth();
