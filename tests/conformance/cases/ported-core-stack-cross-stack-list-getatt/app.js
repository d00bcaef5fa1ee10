// Conformance case 'ported-core-stack-cross-stack-list-getatt': aws-cdk's core stack.test.ts
// 'cross-stack references of lists returned from Fn::GetAtt work': a list attribute
// (ResolutionTypeHint.STRING_LIST) of a resource in Stack1 used as a property in Stack2.
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
    Prop: exportResource.getAtt('List', cdk.ResolutionTypeHint.STRING_LIST),
  },
});
app.synth();
