// Conformance case 'core-stage-prefix-names': aws-cdk's stage.test.ts 'FF include prefix: ...' tests and
// 'generated stack names will not exceed 128 characters when using prefixes': under
// @aws-cdk/core:includePrefixInUniqueNameGeneration the stage's prefix is part of the generated stack name, which
// stays within 128 characters (a short one kept as it is, a stack in a stack hashed, a long path split in the
// middle, a long stage name with a long stack id shortened).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App({ context: { '@aws-cdk/core:includePrefixInUniqueNameGeneration': true } });
const bogus = (scope, id) => {
  const stack = new cdk.Stack(scope, id);
  new cdk.CfnResource(stack, 'Resource', { type: 'CDK::Test::Resource' });
  return stack;
};
// Prefix and stack names not exceeding 128 characters are not shortened
bogus(new cdk.Stage(app, 'ShortPrefix'), 'Short-Stack-Name');
// Stacks with more than one component and a prefix hashed even if short enough
bogus(new cdk.Stack(new cdk.Stage(app, 'ThePrefix'), 'Prod'), 'MyStack');
// Stacks with more than one component and a prefix shortened if too big
bogus(new Construct(new cdk.Stage(app, 'ThePrefixIsLongEnoughToExceedTheMaxLenght'), 'ReallyReallyLoooooooongConstructName'),
  'ThisStageNameIsVeryLongButWillOnlyBeTooLongWhenCombinedWithTheStackName');
// generated stack names will not exceed 128 characters when using prefixes
bogus(new cdk.Stage(app, 'ThisStageNameIsVeryLongButWillOnlyBeTooLongWhenCombinedWithTheStackName'),
  'ThisStackNameIsVeryLongButItWillOnlyBeTooLongWhenCombinedWithTheLongPrefix');
// a stack id of characters that are not letters or digits, alone below its stage but too long with the prefix
bogus(new cdk.Stage(app, 'Prefix'), `My_Stack-${'x'.repeat(118)}`);
app.synth();
