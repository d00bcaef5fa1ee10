// Conformance case 'unit-core-output': aws-cdk's core output.test.ts: an output's key, its export,
// no export by default, importValue in another stack.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const res = new cdk.CfnResource(stack, 'MyResource', { type: 'AWS::CloudFormation::WaitConditionHandle' });
new cdk.CfnOutput(stack, 'MyOutput', {
  exportName: 'ExportName',
  key: 'MyOutputWithKey',
  value: res.ref,
  description: 'CfnOutput properties',
});
const exported = new cdk.CfnOutput(stack, 'SomeOutput', { value: 'x', exportName: 'asdf:with-colons' });
new cdk.CfnOutput(stack, 'NoExport', { value: 'x' });
new cdk.CfnOutput(stack, 'TokenExport', { value: 'y', exportName: cdk.Fn.join('_', ['not', 'checked']) });
new cdk.CfnOutput(stack, 'LongExport', { value: 'z', exportName: 'x'.repeat(255) });
const stack2 = new cdk.Stack(app, 'Stack2');
new cdk.CfnResource(stack2, 'Resource', {
  type: 'AWS::CloudFormation::WaitConditionHandle',
  metadata: undefined,
}).addMetadata('input', exported.importValue);
app.synth();
