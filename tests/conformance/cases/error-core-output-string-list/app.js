// Conformance case 'error-core-output-string-list': output.test.ts's 'throw if Output is passed a
// string list'.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'SomeOutput', { value: ['listValue'] });
app.synth();
