// Conformance case 'ported-core-stack-pseudo-cross-stack': aws-cdk's core stack.test.ts 'Pseudo
// values attached to one stack can be referenced in another stack': new ScopedAws(stack1).accountId
// as a parameter's default in Stack2 (legacy synthesis).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:newStyleStackSynthesis': false } });
const stack1 = new cdk.Stack(app, 'Stack1');
const account1 = new cdk.ScopedAws(stack1).accountId;
const stack2 = new cdk.Stack(app, 'Stack2');

new cdk.CfnParameter(stack2, 'SomeParameter', { type: 'String', default: account1 });
app.synth();
