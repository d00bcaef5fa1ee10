// Conformance case 'ported-core-synthesis-version-rule-disabled': new-style-synthesis.test.ts's
// 'version check is not added to template if disabled' ported literally (with its beforeEach: the
// newStyleStackSynthesis context 'true', the stack 'Stack'): Stack2's DefaultStackSynthesizer with
// generateBootstrapVersionRule false has no BootstrapVersion parameter nor CheckBootstrapVersion rule.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({
  context: {
    '@aws-cdk/core:newStyleStackSynthesis': 'true',
  },
});
let stack = new cdk.Stack(app, 'Stack');
stack = new cdk.Stack(app, 'Stack2', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    generateBootstrapVersionRule: false,
  }),
});
new cdk.CfnResource(stack, 'Resource', {
  type: 'Some::Resource',
});
app.synth();
