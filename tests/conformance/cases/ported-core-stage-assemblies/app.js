// Conformance case 'ported-core-stage-assemblies': stage.test.ts's 'Stacks in Stage are in a different
// cxasm than Stacks in App' (which holds 'The Stage Assembly is in the app Assembly's manifest': Stack1
// in the App, Stage/Stack2 in a nested assembly), 'Can nest Stages inside other Stages' (Outer/Inner/Stack
// two assemblies down) and 'When we synth() a stage, aspects inside it must have been applied' (an aspect
// on MyStage/Stack that visits the stack and its resource, recorded as metadata on each visited construct).
// The tests' BogusStack is a stack with one CfnResource.
'use strict';
const cdk = require('aws-cdk-lib');

class BogusStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new cdk.CfnResource(this, 'Resource', { type: 'CDK::Test::Resource' });
  }
}

class TouchingAspect {
  visit(node) {
    node.node.addMetadata('visited', node.node.path);
  }
}

const app = new cdk.App();
new BogusStack(app, 'Stack1');
const stage = new cdk.Stage(app, 'Stage');
new BogusStack(stage, 'Stack2');

const outer = new cdk.Stage(app, 'Outer');
const inner = new cdk.Stage(outer, 'Inner');
new BogusStack(inner, 'Stack');

const myStage = new cdk.Stage(app, 'MyStage');
const stack = new BogusStack(myStage, 'Stack');
cdk.Aspects.of(stack).add(new TouchingAspect());
app.synth();
