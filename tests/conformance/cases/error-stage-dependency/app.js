// Conformance case 'error-stage-dependency': stage.test.ts's 'Can not have dependencies to stacks outside the
// nested asm': a stack of a Stage made to depend on a stack of the App (aws-cdk-lib's error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const bogus = (scope, id) => {
  const stack = new cdk.Stack(scope, id);
  new cdk.CfnResource(stack, 'Resource', { type: 'CDK::Test::Resource' });
  return stack;
};
const stack1 = bogus(app, 'Stack1');
const stage = new cdk.Stage(app, 'MyStage');
const stack2 = bogus(stage, 'Stack2');
stack2.addDependency(stack1);
app.synth();
