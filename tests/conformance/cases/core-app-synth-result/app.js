// Conformance case 'core-app-synth-result': core app.test.ts's synth() app ('synthesizes all
// stacks and returns synthesis result', 'context from the command line can be used when creating
// the stack'): the legacy synthesis of "@aws-cdk/core:newStyleStackSynthesis" false, a stack with
// an environment beside an agnostic one, stack / construct / App metadata (the App's goes nowhere),
// addWarningV2 twice on one resource, a construct reading the context ("ctx1" set, "ctx2" not).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

class MyConstruct extends Construct {
  constructor(scope, id) {
    super(scope, id);
    new cdk.CfnResource(this, 'r1', { type: 'ResourceType1', properties: { Unset: this.node.tryGetContext('ctx2') } });
    new cdk.CfnResource(this, 'r2', { type: 'ResourceType2', properties: { FromContext: this.node.tryGetContext('ctx1') } });
  }
}

const app = new cdk.App({
  stackTraces: false,
  context: { '@aws-cdk/core:newStyleStackSynthesis': false, ctx1: 'HELLO' },
});
const stack1 = new cdk.Stack(app, 'stack1', { env: { account: '12345', region: 'us-east-1' } });
new cdk.CfnResource(stack1, 's1c1', { type: 'DummyResource', properties: { Prop1: 'Prop1' } });
const r2 = new cdk.CfnResource(stack1, 's1c2', { type: 'DummyResource', properties: { Foo: 123 } });

const stack2 = new cdk.Stack(app, 'stack2');
new cdk.CfnResource(stack2, 's2c1', { type: 'DummyResource', properties: { Prog2: 'Prog2' } });
const c1 = new MyConstruct(stack2, 's1c2');

stack1.node.addMetadata('meta', 111);
cdk.Annotations.of(r2).addWarningV2('warning1', 'warning1');
cdk.Annotations.of(r2).addWarningV2('warning2', 'warning2');
c1.node.addMetadata('meta', { key: 'value' });
app.node.addMetadata('applevel', 123);

app.synth();
