// Conformance case 'ported-core-stage-app-aspect': stage.test.ts's 'Aspects do not apply inside a Stage':
// an aspect on the App visits the App and its Tree only, not MyStage/Stack (each visit recorded as
// metadata on the construct: an App's and the Tree's go nowhere, a stack's would be in the stage's
// manifest).
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
const stage = new cdk.Stage(app, 'MyStage');
new BogusStack(stage, 'Stack');

cdk.Aspects.of(app).add(new TouchingAspect());
app.synth();
