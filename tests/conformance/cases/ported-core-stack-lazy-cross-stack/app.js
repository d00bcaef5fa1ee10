// Conformance case 'ported-core-stack-lazy-cross-stack': aws-cdk's core stack.test.ts 'cross-stack
// references in lazy tokens work': a Lazy.string producing Stack1's ScopedAws accountId as Stack2's
// parameter default (legacy synthesis).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:newStyleStackSynthesis': false } });
const stack1 = new cdk.Stack(app, 'Stack1');
const account1 = new cdk.ScopedAws(stack1).accountId;
const stack2 = new cdk.Stack(app, 'Stack2');

new cdk.CfnParameter(stack2, 'SomeParameter', { type: 'String', default: cdk.Lazy.string({ produce: () => account1 }) });
app.synth();
