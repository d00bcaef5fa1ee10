// Conformance case 'error-core-fn-len-not-array': Fn.len of a literal that is not a list
// (aws-cdk-lib's error, without a path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'Len', { value: String(cdk.Fn.len('abc')) });
app.synth();
