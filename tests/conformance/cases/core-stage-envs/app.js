// Conformance case 'core-stage-envs': aws-cdk's stage.test.ts on environments and names. 'Stack inherits
// unspecified part of the env from Stage' (a stack's region or account over the stage's), 'envs are inherited
// deeply' (inner stages with an account, a region or neither), 'Default stack name in Stage objects incorporates
// the Stage name and no hash', 'can override the stage name' (stageName, and a nested stage's name under it),
// 'Assemblies can be deeply nested' (three empty stages, each a nested assembly of the one above), and the valid
// names of 'stage name validation'. The tests' BogusStack is a stack with one CfnResource.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const bogus = (scope, id) => {
  const stack = new cdk.Stack(scope, id);
  new cdk.CfnResource(stack, 'Resource', { type: 'CDK::Test::Resource' });
  return stack;
};
const acctRegion = (s) => new cdk.CfnOutput(s, 'AcctRegion', { value: `${s.account}/${s.region}` });

// Stack inherits unspecified part of the env from Stage
{
  const stage = new cdk.Stage(app, 'Stage', { env: { account: 'account', region: 'region' } });
  acctRegion(new cdk.Stack(stage, 'Stack1', { env: { region: 'elsewhere' } }));
  acctRegion(new cdk.Stack(stage, 'Stack2', { env: { account: 'tnuocca' } }));
}
// envs are inherited deeply
{
  const outer = new cdk.Stage(app, 'Outer', { env: { account: 'account', region: 'region' } });
  acctRegion(new cdk.Stack(new cdk.Stage(outer, 'Acct', { env: { account: 'tnuocca' } }), 'Stack'));
  acctRegion(new cdk.Stack(new cdk.Stage(outer, 'Rgn', { env: { region: 'elsewhere' } }), 'Stack'));
  acctRegion(new cdk.Stack(new cdk.Stage(outer, 'Neither'), 'Stack'));
}
// Default stack name in Stage objects incorporates the Stage name and no hash
{
  const stage = new cdk.Stage(app, 'MyStage');
  const stack = bogus(stage, 'MyStack');
  new cdk.CfnOutput(stack, 'Names', { value: `${stage.stageName} ${stack.stackName} ${stage.artifactId}` });
}
// can override the stage name; a stage nested in it takes the name as its prefix
{
  const stage = new cdk.Stage(app, 'NotMyStageName', { stageName: 'MyOtherStage' });
  const stack = bogus(stage, 'MyStack');
  new cdk.CfnOutput(stack, 'Names', { value: `${stage.stageName} ${stack.stackName} ${stage.artifactId}` });
  const inner = new cdk.Stage(stage, 'Inner');
  const innerStack = bogus(inner, 'MyStack');
  new cdk.CfnOutput(innerStack, 'Names', { value: `${inner.stageName} ${innerStack.stackName} ${inner.artifactId}` });
}
// Assemblies can be deeply nested
{
  const level1 = new cdk.Stage(app, 'StageLevel1');
  const level2 = new cdk.Stage(level1, 'StageLevel2');
  new cdk.Stage(level2, 'StageLevel3');
}
// stage name validation: the valid names
for (const name of ['a', 'abcd', 'abcd123', 'abcd123-588dfjjk', 'abcd123-588dfjjk.sss', 'abcd123-588dfjjk.sss_ajsid']) {
  new cdk.Stage(app, name);
}
app.synth();
