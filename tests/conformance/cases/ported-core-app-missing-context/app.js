// Conformance case 'ported-core-app-missing-context': app.test.ts's 'app.synthesizeStack(stack) will
// return a list of missing contextual information': the test's withApp (stackTraces: false, legacy
// synthesis by context) and a stack with a DefaultStackSynthesizer of its own reporting two missing
// context keys; the manifest's "missing" has both, with the unspecialized lookup role of an
// environment-agnostic stack.
'use strict';
const cdk = require('aws-cdk-lib');

class MyStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    this.reportMissingContextKey({
      key: 'missing-context-key',
      provider: 'availability-zones',
      props: {
        account: '12345689012',
        region: 'ab-north-1',
      },
    });

    this.reportMissingContextKey({
      key: 'missing-context-key-2',
      provider: 'availability-zones',
      props: {
        account: '12345689012',
        region: 'ab-south-1',
      },
    });
  }
}

const app = new cdk.App({
  stackTraces: false,
  context: { '@aws-cdk/core:newStyleStackSynthesis': false },
});
new MyStack(app, 'MyStack', { synthesizer: new cdk.DefaultStackSynthesizer() });
app.synth();
