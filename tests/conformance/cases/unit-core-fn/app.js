// Conformance case 'unit-core-fn': aws-cdk's core fn.test.ts, the parts ccdk's unit token oracle
// (tests/unit/test_core.c) does not already compare: a join of a list token nested in a join,
// Fn.select from a list holding a conditionIf token, Fn.split of a token (unknown length), Fn.ref.
// (Another stack's stackId in a join: core-stack-id-cross-stack.)
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack2 = new cdk.Stack(app, 'Stack2');

const list = new cdk.CfnParameter(stack2, 'List', { type: 'CommaDelimitedList' });
const inner = cdk.Fn.join(',', list.valueAsList);
new cdk.CfnOutput(stack2, 'Nested', { value: cdk.Fn.join(',', [inner, 'Foo']) });
new cdk.CfnOutput(stack2, 'Select', {
  value: cdk.Fn.select(2, [cdk.Fn.conditionIf('xyz', 'yep', cdk.Aws.NO_VALUE).toString(), 'you', 'dude']),
});
const str = new cdk.CfnParameter(stack2, 'Str', { type: 'String' });
new cdk.CfnOutput(stack2, 'Split', { value: cdk.Fn.join('|', cdk.Fn.split(',', str.valueAsString)) });
new cdk.CfnOutput(stack2, 'Ref', { value: cdk.Fn.ref('List') });
app.synth();
