// Conformance case 'error-core-output-default-id': a construct with the id "Default" directly under
// the stack (a CfnOutput named Default): makeUniqueId leaves "Default" out of the path and fails on
// the empty set of components (core/lib/private/uniqueid.js).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnOutput(stack, 'Default', { value: 'hello' });
app.synth();
