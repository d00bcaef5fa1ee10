// Conformance case 'core-cross-stack-child-stacks': aws-cdk's core stack.test.ts 'cross stack references and
// dependencies work within child stacks (non-nested)' (stacks in a stack, under the LegacyStackSynthesizer: a
// reference between two of them exported with the generated stack name, and a resource's dependency on a resource
// of the other, the consumer's stack dependency) and 'do not throw error if overrideLogicalId is used and logicalId
// is not locked' (an override, then exportValue: the export named after the new logical id), 'cross-stack reference
// (substack references parent stack)', 'cross-stack reference (parent stack references substack)', 'urlSuffix does
// not imply a stack dependency' and 'exports without name can include description'.
'use strict';
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');

const app = new cdk.App({
  context: { '@aws-cdk/core:stackRelativeExports': true, [cxapi.NEW_STYLE_STACK_SYNTHESIS_CONTEXT]: false },
});
{
  const parent = new cdk.Stack(app, 'Parent');
  const child1 = new cdk.Stack(parent, 'Child1');
  const child2 = new cdk.Stack(parent, 'Child2');
  const resourceA = new cdk.CfnResource(child1, 'ResourceA', { type: 'RA' });
  const resourceB = new cdk.CfnResource(child1, 'ResourceB', { type: 'RB' });
  const resource2 = new cdk.CfnResource(child2, 'Resource1', { type: 'R2', properties: { RefToResource1: resourceA.ref } });
  resource2.addDependency(resourceB);
}
{
  const producer = new cdk.Stack(app, 'Producer');
  const resource = new cdk.CfnResource(producer, 'ResourceXXX', { type: 'AWS::Resource' });
  resource.overrideLogicalId('OVERRIDE_LOGICAL_ID');
  producer.exportValue(resource.getAtt('Att'));
  const described = new cdk.CfnResource(producer, 'Resource', { type: 'AWS::Resource' });
  producer.exportValue(described.getAtt('Att'), { description: 'This is a description' });
}
{
  const parentStack = new cdk.Stack(app, 'parent2');
  const childStack = new cdk.Stack(parentStack, 'child');
  const parentResource = new cdk.CfnResource(parentStack, 'MyParentResource', { type: 'Resource::Parent' });
  new cdk.CfnResource(childStack, 'MyChildResource', {
    type: 'Resource::Child', properties: { ChildProp: parentResource.getAtt('AttOfParentResource') },
  });
  const otherChild = new cdk.Stack(parentStack, 'child2');
  const childResource = new cdk.CfnResource(otherChild, 'MyChildResource', { type: 'Resource::Child' });
  new cdk.CfnResource(parentStack, 'MyOtherParentResource', {
    type: 'Resource::Parent', properties: { ParentProp: childResource.getAtt('AttributeOfChildResource') },
  });
}
{
  const first = new cdk.Stack(app, 'First');
  const second = new cdk.Stack(app, 'Second');
  new cdk.CfnOutput(second, 'Output', { value: first.urlSuffix });
}
app.synth();
