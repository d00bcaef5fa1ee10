// Conformance case 'error-core-output-import-value-no-export': output.test.ts's 'error message if
// importValue is used and Output is not exported'.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const stack2 = new cdk.Stack(app, 'Stack2');
const output = new cdk.CfnOutput(stack, 'SomeOutput', { value: 'x' });
new cdk.CfnResource(stack2, 'Resource', { type: 'Some::Resource', properties: { input: output.importValue } });
app.synth();
