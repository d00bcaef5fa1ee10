// Conformance case 'ported-core-stage-auto-deps': stage.test.ts's 'Automatic dependencies inside a stage
// are available immediately after synth': under legacy synthesis ("@aws-cdk/core:newStyleStackSynthesis"
// false in the App's context) a resource of MyStage/Stack2 references one of MyStage/Stack1, which makes
// Stack2 depend on Stack1 in the stage's nested assembly (its manifest's dependencies).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:newStyleStackSynthesis': false } });
const stage = new cdk.Stage(app, 'MyStage');
const stack1 = new cdk.Stack(stage, 'Stack1');
const stack2 = new cdk.Stack(stage, 'Stack2');

const resource1 = new cdk.CfnResource(stack1, 'Resource', {
  type: 'CDK::Test::Resource',
});
new cdk.CfnResource(stack2, 'Resource', {
  type: 'CDK::Test::Resource',
  properties: {
    OtherThing: resource1.ref,
  },
});
app.synth();
