// Conformance case 'nested-stack-misc': the rest of aws-cdk's nested stack tests (core and aws-cloudformation
// nested-stack.test.ts) under the default synthesizer. 'a nested-stack has a defaultChild' (a property override of
// its AWS::CloudFormation::Stack's TemplateURL); 'stackId returns AWS::StackId when referenced from the context of
// the nested stack'; 'referencing attributes with period across stacks' (an output named without the period, read
// as Outputs.<name>); 'nested stack within a nested stack references a resource in a sibling top-level stack' (an
// import two levels down, the top-level stacks' dependency); 'metadata defined in nested stacks is reported at the
// parent stack level in the cloud assembly' (a stack in a stack, a nested stack in it: the metadata in the inner
// stack's file, the inner stack's artifact first); 'references within the nested stack are not reported as cross
// stack references' (a parameter of the nested stack used in it).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();

// a nested-stack has a defaultChild
{
  const stack = new cdk.Stack(app, 'DefaultChild');
  const nestedStack = new cdk.NestedStack(stack, 'MyNestedStack');
  nestedStack.node.defaultChild.addPropertyOverride('TemplateURL', 'http://my-url.com');
}
// stackId inside the nested stack; an attribute with a period read by the parent
{
  const parent = new cdk.Stack(app, 'Parent');
  const nested = new cdk.NestedStack(parent, 'NestedStack');
  new cdk.CfnResource(nested, 'NestedResource', { type: 'Nested::Resource', properties: { MyStackId: nested.stackId } });
  const consumed = new cdk.CfnResource(nested, 'resource-in-nested', { type: 'CONSUMED' });
  new cdk.CfnResource(parent, 'resource-in-parent', {
    type: 'CONSUMER',
    properties: { ConsumedAttribute: consumed.getAtt('Consumed.Attribute') },
  });
  // references within the nested stack
  const param = new cdk.CfnParameter(nested, 'param', { type: 'String' });
  new cdk.CfnResource(nested, 'resource', { type: 'My::Resource', properties: { SomeProp: param.valueAsString } });
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
// metadata defined in nested stacks is reported at the parent stack level
{
  const parent = new cdk.Stack(app, 'parent');
  const child = new cdk.Stack(parent, 'child');
  const nested = new cdk.NestedStack(child, 'nested');
  const resource = new cdk.CfnResource(nested, 'resource', { type: 'foo' });
  resource.node.addMetadata('foo', 'bar');
}
app.synth();
