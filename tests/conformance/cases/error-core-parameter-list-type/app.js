// Conformance case 'error-core-parameter-list-type': aws-cdk's core cfn-parameter.test.ts
// 'valueAsString fails for unsupported types': valueAsList of a parameter of type 'List'
// (aws-cdk-lib's error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const listParam = new cdk.CfnParameter(stack, 'listParam', { type: 'List', default: 10 });
new cdk.CfnOutput(stack, 'List', { value: cdk.Fn.join(',', listParam.valueAsList) });
app.synth();
