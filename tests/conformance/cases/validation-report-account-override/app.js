// Conformance case 'validation-report-account-override': aws-cdk-lib hands the validator each
// stack artifact's account as the AWS::AccountId override, and the validator warns (W9012) when it
// is not 12 digits: too short, a word, too long, with a letter, a Stage's; one violation for the
// stacks of one account. A 12-digit account, a region alone (the region is not checked), a token
// account and an environment-agnostic stack have none; a nested stack is no artifact.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const envs = [
  ['12345', 'us-east-1'], ['account', 'region'], ['123456789012', 'xx-foo-9'], [undefined, 'my-region'],
  ['1234567890123', 'eu-west-1'], ['12345678901a', 'us-east-1'], ['12345', undefined], [cdk.Aws.ACCOUNT_ID, 'us-east-1'],
  [undefined, undefined],
];
envs.forEach(([account, region], i) => {
  const s = new cdk.Stack(app, `S${i}`, { env: { account, region } });
  new sqs.Queue(s, 'Q');
  if (i === 0) new sqs.Queue(new cdk.NestedStack(s, 'Nested'), 'Q');
});
const stage = new cdk.Stage(app, 'Prod', { env: { account: '1234', region: 'us-west-2' } });
new sqs.Queue(new cdk.Stack(stage, 'InStage'), 'Q');
app.synth();
