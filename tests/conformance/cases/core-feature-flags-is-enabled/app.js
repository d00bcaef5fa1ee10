// Conformance case 'core-feature-flags-is-enabled': feature-flags.test.ts's FeatureFlags.of(scope).isEnabled
// (a stack per test), each answer written as an output: a flag set true in the stack's context, its
// default, an unknown flag, the strings 'true' and 'false' (truthy), 0 and '' (falsy), the App's
// context seen from a construct, an expired v1 flag (always on), a construct's own context
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const { FeatureFlags } = cdk;

const NEW_STYLE = '@aws-cdk/core:newStyleStackSynthesis';
const app = new cdk.App({ context: { '@aws-cdk/aws-lambda:recognizeLayerVersion': false, 'my:flag': 'yes' } });
const answer = (stack, id, scope, flag) => new cdk.CfnOutput(stack, id, { value: String(FeatureFlags.of(scope).isEnabled(flag)) });
const cases = [
  ['Enabled', NEW_STYLE, true],
  ['Default', NEW_STYLE, undefined],
  ['Invalid', 'non-existent-flag', undefined],
  ['StringTrue', NEW_STYLE, 'true'],
  ['StringFalse', NEW_STYLE, 'false'],
  ['Zero', NEW_STYLE, 0],
  ['Empty', NEW_STYLE, ''],
  ['DefaultOff', '@aws-cdk/aws-lambda:useCdkManagedLogGroup', undefined],
  ['Expired', '@aws-cdk/aws-kms:defaultKeyPolicies', undefined],
];
for (const [id, flag, value] of cases) {
  const stack = new cdk.Stack(app, id);
  if (value !== undefined) stack.node.setContext(flag, value);
  answer(stack, 'Answer', stack, flag);
}
{
  const stack = new cdk.Stack(app, 'FromApp');
  const c = new Construct(stack, 'C');
  answer(stack, 'AppFalse', c, '@aws-cdk/aws-lambda:recognizeLayerVersion');
  answer(stack, 'AppString', c, 'my:flag');
  const own = new Construct(stack, 'Own');
  own.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  answer(stack, 'OwnAnswer', own, '@aws-cdk/aws-lambda:recognizeLayerVersion');
}
app.synth();
