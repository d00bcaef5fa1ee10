// Conformance case 'unit-core-condition': aws-cdk's core condition.test.ts (and rule.test.ts's
// condition functions): conditions chained (a CfnCondition as an expression of conditionOr and
// conditionNot), conditionContains, conditionAnd of one, conditionIf embedded as a string, and
// conditionOr of 11 and of 12 conditions (grouped by 10), plus conditionAnd of 23.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const param = new cdk.CfnParameter(stack, 'Param1', { type: 'String' });
const cond1 = new cdk.CfnCondition(stack, 'Condition1', { expression: cdk.Fn.conditionEquals('a', 'b') });
const cond2 = new cdk.CfnCondition(stack, 'Condition2', { expression: cdk.Fn.conditionContains(['a', 'b', 'c'], 'c') });
const cond3 = new cdk.CfnCondition(stack, 'Condition3', { expression: cdk.Fn.conditionEquals(param.valueAsString, 'hello') });
new cdk.CfnCondition(stack, 'Condition4', { expression: cdk.Fn.conditionOr(cond1, cond2, cdk.Fn.conditionNot(cond3)) });
new cdk.CfnCondition(stack, 'Condition5', {
  expression: cdk.Fn.conditionNot(cdk.Fn.conditionAnd(cdk.Fn.conditionContains(['hello', 'world'], 'world'))),
});

new cdk.CfnResource(stack, 'MyResource', {
  type: 'AWS::Foo::Bar',
  properties: { StringProp: cdk.Fn.conditionIf('Cond', 'A', 'B').toString() },
});

const letters = 'abcdefghijklmnopqrstuvw'.split('');
const eq = (n) => letters.slice(0, n).map((l, i) => cdk.Fn.conditionEquals(l, `${i + 1}`));
new cdk.CfnCondition(stack, 'Or11', { expression: cdk.Fn.conditionOr(...eq(11)) });
new cdk.CfnCondition(stack, 'Or12', { expression: cdk.Fn.conditionOr(...eq(12)) });
new cdk.CfnCondition(stack, 'And23', { expression: cdk.Fn.conditionAnd(...eq(23)) });
app.synth();
