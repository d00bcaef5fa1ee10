// Conformance case 'ported-core-stage-missing-context': stage.test.ts's 'missing context in Stages is
// propagated up to root assembly': stack.reportMissingContextKey in a stack of a Stage with an
// environment; the root manifest's "missing" holds the report with the stack's lookup role.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stage = new cdk.Stage(app, 'Stage', {
  env: { account: 'account', region: 'region' },
});
const stack = new cdk.Stack(stage, 'Stack');
new cdk.CfnResource(stack, 'Resource', { type: 'Something' });

stack.reportMissingContextKey({
  key: 'missing-context-key',
  provider: 'availability-zones',
  props: {
    account: 'account',
    region: 'region',
  },
});
app.synth();
