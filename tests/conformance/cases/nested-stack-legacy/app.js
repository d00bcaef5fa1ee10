// Conformance case 'nested-stack-legacy': aws-cdk's aws-cloudformation nested-stack.test.ts tests that run under the
// LegacyStackSynthesizer ('@aws-cdk/core:newStyleStackSynthesis' false): a nested stack's template as the parent's
// asset parameters and "aws:cdk:asset" metadata ('nested stack is not synthesized as a stack artifact into the
// assembly', 'file asset metadata is associated with the parent stack', 'aws::cloudformation::stack is
// synthesized in the parent scope'), 'references within the nested stack are not reported as cross stack
// references', 'nested stack references a resource from another non-nested stack (not the parent)', 'nested stack
// within a nested stack references a resource in a sibling top-level stack', 'another non-nested stack takes a
// reference on a resource within the nested stack (the parent exports)', 'double-nested stack' (the inner
// template's asset parameters passed down to the middle stack as reference-to-... parameters), 'references to a
// resource from a deeply nested stack' and 'bottom nested stack consumes value from a top-level stack through a
// parameter in a middle nested stack'. Version reporting is off: the nested templates' CDKMetadata Analytics text
// is compressed by node's zlib, and under this synthesizer the templates' hashes are in the parameters' logical ids.
'use strict';
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');

const app = new cdk.App({
  context: { [cxapi.NEW_STYLE_STACK_SYNTHESIS_CONTEXT]: false },
  postCliContext: { 'aws:cdk:version-reporting': false },
});

// nested stack is not synthesized as a stack artifact into the assembly
new cdk.NestedStack(new cdk.Stack(app, 'parent-stack'), 'nested-stack');
// file asset metadata is associated with the parent stack / aws::cloudformation::stack is synthesized in the parent scope
{
  const parent = new cdk.Stack(app, 'parent-stack2');
  const nested = new cdk.NestedStack(parent, 'nested-stack');
  new cdk.CfnResource(nested, 'ResourceInNestedStack', { type: 'AWS::Resource::Nested' });
}
// references within the nested stack are not reported as cross stack references
{
  const nested = new cdk.NestedStack(new cdk.Stack(app, 'parent'), 'nested');
  const param = new cdk.CfnParameter(nested, 'param', { type: 'String' });
  new cdk.CfnResource(nested, 'resource', { type: 'My::Resource', properties: { SomeProp: param.valueAsString } });
}
// nested stack references a resource from another non-nested stack (not the parent)
{
  const stack1 = new cdk.Stack(app, 'Stack1');
  const stack2 = new cdk.Stack(app, 'Stack2');
  const nestedUnderStack1 = new cdk.NestedStack(stack1, 'NestedUnderStack1');
  const resourceInStack2 = new cdk.CfnResource(stack2, 'ResourceInStack2', { type: 'MyResource' });
  new cdk.CfnResource(nestedUnderStack1, 'ResourceInNestedStack1', {
    type: 'Nested::Resource',
    properties: { RefToSibling: resourceInStack2.getAtt('MyAttribute') },
  });
}
// nested stack within a nested stack references a resource in a sibling top-level stack
{
  const consumerTopLevel = new cdk.Stack(app, 'ConsumerTopLevel');
  const consumerNested1 = new cdk.NestedStack(consumerTopLevel, 'ConsumerNested1');
  const consumerNested2 = new cdk.NestedStack(consumerNested1, 'ConsumerNested2');
  const producerTopLevel = new cdk.Stack(app, 'ProducerTopLevel');
  const producer = new cdk.CfnResource(producerTopLevel, 'Producer', { type: 'Producer' });
  new cdk.CfnResource(consumerNested2, 'Consumer', { type: 'Consumer', properties: { Ref: producer.ref } });
}
// another non-nested stack takes a reference on a resource within the nested stack (the parent exports)
{
  const stack1 = new cdk.Stack(app, 'Stack3');
  const stack2 = new cdk.Stack(app, 'Stack4');
  const nestedUnderStack1 = new cdk.NestedStack(stack1, 'NestedUnderStack1');
  const resourceInNestedStack = new cdk.CfnResource(nestedUnderStack1, 'ResourceInNestedStack', { type: 'MyResource' });
  new cdk.CfnResource(stack2, 'ResourceInStack2', {
    type: 'JustResource',
    properties: { RefToSibling: resourceInNestedStack.getAtt('MyAttribute') },
  });
}
// double-nested stack
{
  const parent = new cdk.Stack(app, 'stack');
  const nested1 = new cdk.NestedStack(parent, 'Nested1');
  const nested2 = new cdk.NestedStack(nested1, 'Nested2');
  new cdk.CfnResource(nested1, 'Resource1', { type: 'Resource::1' });
  new cdk.CfnResource(nested2, 'Resource2', { type: 'Resource::2' });
}
// references to a resource from a deeply nested stack
{
  const top = new cdk.Stack(app, 'stack2');
  const topLevel = new cdk.CfnResource(top, 'toplevel', { type: 'TopLevel' });
  const nested1 = new cdk.NestedStack(top, 'nested1');
  const nested2 = new cdk.NestedStack(nested1, 'nested2');
  new cdk.CfnResource(nested2, 'refToTopLevel', { type: 'BottomLevel', properties: { RefToTopLevel: topLevel.ref } });
}
// bottom nested stack consumes value from a top-level stack through a parameter in a middle nested stack
{
  const top = new cdk.Stack(app, 'Grandparent');
  const middle = new cdk.NestedStack(top, 'Parent');
  const bottom = new cdk.NestedStack(middle, 'Child');
  const resourceInGrandparent = new cdk.CfnResource(top, 'ResourceInGrandparent', { type: 'ResourceInGrandparent' });
  new cdk.CfnResource(bottom, 'ResourceInChild', {
    type: 'ResourceInChild',
    properties: { RefToGrandparent: resourceInGrandparent.ref },
  });
}
app.synth();
