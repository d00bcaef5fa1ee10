// Conformance case 'error-core-output-import-value-same-stack': output.test.ts's 'importValue used
// inside the same stack produces an error': output.importValue resolved in the output's own stack.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const output = new cdk.CfnOutput(stack, 'SomeOutput', { value: 'x', exportName: 'asdf' });
new cdk.CfnResource(stack, 'Resource', { type: 'Some::Resource', properties: { input: output.importValue } });
app.synth();
