// Conformance case 'error-core-output-export-name': output.test.ts's 'Verify maximum length of export
// name', with the other two checks of validateOutput (empty; characters other than letters,
// digits, ':' and '-').
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'SomeOutput', { value: 'x', exportName: 'x'.repeat(260) });
new cdk.CfnOutput(stack, 'Empty', { value: 'x', exportName: '' });
new cdk.CfnOutput(stack, 'BadChars', { value: 'x', exportName: 'my_export.name' });
new cdk.CfnOutput(stack, 'Both', { value: 'x', exportName: 'é'.repeat(200) + '\u{1F600}'.repeat(30) });
app.synth();
