// Conformance case 'ported-core-stack-cross-stack-list-getatt-select': aws-cdk's core
// stack.test.ts 'cross-stack references of lists returned from Fn::GetAtt can be used with CFN
// intrinsics': Fn.select(3, ...) of another stack's list attribute.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1');
const exportResource = new cdk.CfnResource(stack1, 'exportedResource', {
  type: 'BLA',
});
const stack2 = new cdk.Stack(app, 'Stack2');
exportResource.attrList = ['magic-attr-value'];

new cdk.CfnResource(stack2, 'SomeResource', {
  type: 'BLA',
  properties: {
    Prop: cdk.Fn.select(3, exportResource.getAtt('List', cdk.ResolutionTypeHint.STRING_LIST)),
  },
});
app.synth();
