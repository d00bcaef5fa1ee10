// Conformance case 'error-stack-name-invalid': error: an explicit stackName with colons ("Stack
// name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got 'invalid:stack:name'")
// — stack.test.ts
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'boom', { stackName: 'invalid:stack:name' });
app.synth();
