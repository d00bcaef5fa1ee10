// Conformance case 'core-stack-id-cross-stack': aws-cdk's core fn.test.ts 'cross-stack FnJoin
// elements are properly resolved' (another stack's stackId in an Fn.join). stack.stackId is a
// reference to the stack (CfnReference.forPseudo('AWS::StackId', stack)): {"Ref": "AWS::StackId"} in
// the stack itself, and an export of it (ExportsOutputRefAWSStackId...) imported by another stack,
// which then depends on it -- in a join, alone, in a string; in a nested stack of that stack,
// a parameter its resource passes; the stack's own stackId stays the pseudo parameter; a nested
// stack's stackId read by another stack goes through the nested stack's resource.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1');
const stack2 = new cdk.Stack(app, 'Stack2');

new cdk.CfnOutput(stack2, 'Stack1Id', { value: cdk.Fn.join(' = ', ['Stack1Id', stack1.stackId]) });
new cdk.CfnOutput(stack2, 'Direct', { value: stack1.stackId });
new cdk.CfnOutput(stack2, 'InString', { value: `id ${stack1.stackId} and ${stack2.stackId}` });
new cdk.CfnOutput(stack1, 'Own', { value: stack1.stackId });

const nested = new cdk.NestedStack(stack1, 'Nested');
new cdk.CfnOutput(nested, 'ParentId', { value: stack1.stackId });
new cdk.CfnOutput(stack2, 'NestedId', { value: nested.stackId });
app.synth();
