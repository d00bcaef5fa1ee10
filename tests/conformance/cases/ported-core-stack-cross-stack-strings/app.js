// Conformance case 'ported-core-stack-cross-stack-strings': aws-cdk's core stack.test.ts
// 'cross-stack references in strings work': `TheAccountIs${account1}` with account1 Stack1's
// ScopedAws accountId, a parameter default in Stack2 (legacy synthesis).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:newStyleStackSynthesis': false } });
const stack1 = new cdk.Stack(app, 'Stack1');
const account1 = new cdk.ScopedAws(stack1).accountId;
const stack2 = new cdk.Stack(app, 'Stack2');

new cdk.CfnParameter(stack2, 'SomeParameter', { type: 'String', default: `TheAccountIs${account1}` });
app.synth();
