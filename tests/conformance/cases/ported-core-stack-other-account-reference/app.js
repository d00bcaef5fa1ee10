// Conformance case 'ported-core-stack-other-account-reference': aws-cdk's core stack.test.ts
// 'cannot create references to stacks in other accounts': Stack1's ScopedAws accountId used in a
// stack of another account and region. The test expects an error; aws-cdk-lib 2.276.0 writes a
// cross-account reference instead (Fn::GetStackOutput of Stack1's Publish output).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', { env: { account: '123456789012', region: 'es-norst-1' } });
const account1 = new cdk.ScopedAws(stack1).accountId;
const stack2 = new cdk.Stack(app, 'Stack2', { env: { account: '11111111111', region: 'es-norst-2' } });

new cdk.CfnParameter(stack2, 'SomeParameter', { type: 'String', default: account1 });
app.synth();
