// Conformance case 'core-stack-names': core: stack.test.ts's names and artifacts: an empty stack, a
// hyphenated id (overrideLogicalId after a Ref and a GetAtt of the resource),
// a stack under a plain construct (the generated name ProdStackD5279B22), a generated name cut to
// 128 characters, an id that is no stack name beside an explicit stackName, two stacks of one
// stackName (artifacts by id), a stack in a stack's resource, metadata at the stack boundary,
// Tags.of(app) on stacks in stacks (the artifacts' tags), a description of 300 two-byte characters
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const hello = new cdk.Stack(app, 'Hello-World');
const bonjour = new cdk.CfnResource(hello, 'BonjourResource', { type: 'AWS::SNS::Topic' });
new cdk.CfnResource(hello, 'RefToBonjour', {
  type: 'AWS::SQS::Queue',
  properties: { RefToBonjour: bonjour.ref, GetAttBonjour: bonjour.getAtt('TopicName').toString() },
});
bonjour.overrideLogicalId('BOOM');
new cdk.Stack(app, 'Empty');

const prod = new Construct(app, 'Prod');
const inProd = new cdk.Stack(prod, 'Stack');
new cdk.CfnOutput(inProd, 'Name', { value: inProd.stackName });

const longScope = new Construct(app, 'ProdAppThisNameButItWillOnlyBeTooLongWhenCombinedWithTheStackName' + 'z'.repeat(60));
const longStack = new cdk.Stack(longScope, 'ThisNameIsVeryLongButItWillOnlyBeTooLongWhenCombinedWithTheAppNameStack');
new cdk.CfnOutput(longStack, 'Name', { value: longStack.stackName });

const odd = new cdk.Stack(app, 'invalid as : stack name, but thats fine', { stackName: 'valid-stack-name' });
new cdk.CfnResource(odd, 'R', { type: 'AWS::SNS::Topic' });

new cdk.CfnResource(new cdk.Stack(app, 'MyStack1', { stackName: 'thestack' }), 'R', { type: 'AWS::SNS::Topic' });
new cdk.CfnResource(new cdk.Stack(app, 'MyStack2', { stackName: 'thestack' }), 'R', { type: 'AWS::SNS::Topic' });

const parent = new cdk.Stack(app, 'ParentStack', { description: 'é'.repeat(300) });
const parentResource = new cdk.CfnResource(parent, 'ParentResource', { type: 'AWS::SNS::Topic' });
const child = new cdk.Stack(parentResource, 'ChildStack');
const childResource = new cdk.CfnResource(child, 'ChildResource', { type: 'AWS::SQS::Queue' });
child.node.addMetadata('foo', 'bar');
new cdk.CfnOutput(child, 'Of', { value: cdk.Stack.of(childResource).stackName });
new cdk.CfnOutput(parent, 'Of', { value: cdk.Stack.of(parentResource).stackName });

const grandchild = new cdk.Stack(child, 'Grandchild');
new cdk.CfnResource(grandchild, 'R', { type: 'AWS::SNS::Topic' });
// a LegacyStackSynthesizer stack's tags are also its aws:cdk:stack-tags metadata
new cdk.CfnResource(new cdk.Stack(app, 'LegacyTagged', { synthesizer: new cdk.LegacyStackSynthesizer() }), 'R', { type: 'AWS::SNS::Topic' });
cdk.Tags.of(app).add('foo', 'bar');

app.synth();
