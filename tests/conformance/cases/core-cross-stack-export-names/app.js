// Conformance case 'core-cross-stack-export-names': aws-cdk's core stack.test.ts 'Cross-stack export names account
// for stack name lengths' (a resource 50 constructs deep in a stack with a long name: the export name cut to 255
// characters from its start), 'Cross-stack reference export names are relative to the stack (when the flag is set)'
// (stacks under a plain construct, one with a stackName), 'Cross-stack use of Region and account returns nonscoped
// intrinsic because the two stacks must be in the same region anyway' and 'cross-stack references of lists returned
// from Fn::Ref work' (a List<String> parameter's value in another stack: joined with "||" in the export, split in
// the import).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App({ context: { '@aws-cdk/core:stackRelativeExports': 'true' } });

// Cross-stack export names account for stack name lengths
{
  const stack1 = new cdk.Stack(app, 'Stack1', { stackName: 'SoThisCouldPotentiallyBeAVeryLongStackName' });
  let scope = stack1;
  for (let i = 0; i < 50; i++) scope = new Construct(scope, `ChildConstruct${i}`);
  const resource1 = new cdk.CfnResource(scope, 'Resource', { type: 'BLA' });
  const stack2 = new cdk.Stack(app, 'Stack2');
  new cdk.CfnResource(stack2, 'SomeResource', { type: 'AWS::Some::Resource', properties: { someProperty: resource1.ref } });
}
// Cross-stack reference export names are relative to the stack
{
  const indifferentScope = new Construct(app, 'ExtraScope');
  const stack1 = new cdk.Stack(indifferentScope, 'Stack1', { stackName: 'Stack1' });
  const resource1 = new cdk.CfnResource(stack1, 'Resource', { type: 'BLA' });
  const stack2 = new cdk.Stack(indifferentScope, 'Stack2');
  new cdk.CfnResource(stack2, 'SomeResource', { type: 'AWS::Some::Resource', properties: { someProperty: resource1.ref } });
}
// Cross-stack use of Region and account returns nonscoped intrinsic
{
  const stack1 = new cdk.Stack(app, 'Stack3');
  const stack2 = new cdk.Stack(app, 'Stack4');
  new cdk.CfnOutput(stack2, 'DemOutput', { value: stack1.region });
  new cdk.CfnOutput(stack2, 'DemAccount', { value: stack1.account });
}
// cross-stack references of lists returned from Fn::Ref work
{
  const stack1 = new cdk.Stack(app, 'Stack5');
  const param = new cdk.CfnParameter(stack1, 'magicParameter', { default: 'BLAT,BLAH', type: 'List<String>' });
  const stack2 = new cdk.Stack(app, 'Stack6');
  new cdk.CfnResource(stack2, 'SomeResource', { type: 'BLA', properties: { Prop: param.valueAsList } });
}
app.synth();
