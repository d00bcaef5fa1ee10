// Conformance case 'core-environment': environment.test.ts, a stack per test: no env, only a region,
// only an account, both, Aws.ACCOUNT_ID / Aws.REGION tokens as the env (agnostic), a token account
// with an explicit region; stack.account / stack.region in outputs, the manifest's environments
'use strict';
const cdk = require('aws-cdk-lib');
const { Aws } = cdk;

const app = new cdk.App();
const envs = [
  ['None', undefined],
  ['OnlyRegion', { region: 'only-region' }],
  ['OnlyAccount', { account: 'only-account' }],
  ['Both', { account: 'explicit-account', region: 'explicit-region' }],
  ['Tokens', { account: Aws.ACCOUNT_ID, region: Aws.REGION }],
  ['TokenAccount', { account: Aws.ACCOUNT_ID, region: 'us-east-2' }],
  ['TokenRegion', { account: '123456789012', region: Aws.REGION }],
];
for (const [id, env] of envs) {
  const stack = new cdk.Stack(app, id, { env });
  new cdk.CfnOutput(stack, 'Account', { value: stack.account });
  new cdk.CfnOutput(stack, 'Region', { value: stack.region });
  new cdk.CfnOutput(stack, 'Partition', { value: stack.partition });
  new cdk.CfnOutput(stack, 'UrlSuffix', { value: stack.urlSuffix });
  new cdk.CfnOutput(stack, 'Env', { value: `${stack.account}/${stack.region}` });
}
app.synth();
