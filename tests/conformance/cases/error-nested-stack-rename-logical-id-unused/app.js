// Conformance case 'error-nested-stack-rename-logical-id-unused': a nested stack's rename that no
// element uses is thrown at prepare (NestedStack._prepareTemplateAsset renders its template), the
// inner nested stack's first, before the validations run (the stack's own failing validation is
// never met) and before the top-level stack's unused rename.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Parent');
stack.renameLogicalId('TopNope', 'Top');
stack.node.addValidation({ validate: () => ['the parent is not valid'] });
const outer = new cdk.NestedStack(stack, 'Outer');
const inner = new cdk.NestedStack(outer, 'Inner');
new cdk.CfnResource(inner, 'Topic', { type: 'AWS::SNS::Topic' });
outer.renameLogicalId('OuterNope', 'Outer');
inner.renameLogicalId('InnerNope', 'Inner');
app.synth();
