// Conformance case 'core-mapping-tests-1': aws-cdk's core mappings.test.ts beyond unit-core-mappings:
// mapping.setValue (a new and a replaced value), Fn.findInMap of the mapping's logicalId, lazy
// mappings (not rendered until a findInMap needs the intrinsic; literal keys give the value), lazy:
// false (rendered, no info annotation), findInMap with a defaultValue (lazy and eager; the
// DefaultValue and the AWS::LanguageExtensions transform of the stack resolving it, a copy in
// another stack too), Fn.findInMap with a defaultValue.
'use strict';
const cdk = require('aws-cdk-lib');
const { Aws, Fn } = cdk;

const app = new cdk.App();
const backing = () => ({ TopLevelKey1: { SecondLevelKey1: [1, 2, 3], SecondLevelKey2: { Hello: 'World' } } });
const res = (stack, id, props) => new cdk.CfnResource(stack, id, { type: 'Test::R', properties: props });

// setValue
const t1 = new cdk.Stack(app, 'T1');
const m1 = new cdk.CfnMapping(t1, 'MyMapping', {
  mapping: { TopLevelKey1: { SecondLevelKey1: [1, 2, 3], SecondLevelKey2: { Hello: 'World' } }, TopLevelKey2: { SecondLevelKey1: [99, 99, 99] } },
});
res(t1, 'MyResource', { RefToValueInMap: m1.findInMap('TopLevelKey1', 'SecondLevelKey1') });
m1.setValue('TopLevelKey2', 'SecondLevelKey2', 'Hi');
m1.setValue('TopLevelKey1', 'SecondLevelKey1', [1, 2, 3, 4]);
m1.setValue('NewTop', 'Key', 'added');

// Fn.findInMap of the logicalId
const t2 = new cdk.Stack(app, 'T2');
const m2 = new cdk.CfnMapping(t2, 'mapping', { mapping: { 'us-east-1': { instanceCount: 12 } } });
res(t2, 'R', {
  V1: m2.findInMap(Aws.REGION, 'instanceCount'),
  V2: Fn.findInMap(m2.logicalId, Aws.REGION, 'instanceCount'),
  Literal: Fn.findInMap('mapping', 'us-east-1', 'instanceCount'),
});

// lazy: literal keys give the value, no mapping
const t3 = new cdk.Stack(app, 'LazyResolved');
const m3 = new cdk.CfnMapping(t3, 'Lazy Mapping', { mapping: backing(), lazy: true });
res(t3, 'R', { V: m3.findInMap('TopLevelKey1', 'SecondLevelKey1'), S: m3.findInMap('TopLevelKey1', 'SecondLevelKey2') });
const t3b = new cdk.Stack(app, 'LazyString');
const m3b = new cdk.CfnMapping(t3b, 'Lazy', { mapping: { a: { b: 'text' } }, lazy: true });
new cdk.CfnOutput(t3b, 'O', { value: `value ${m3b.findInMap('a', 'b')}` });
// lazy, never called
const t4 = new cdk.Stack(app, 'LazyNotCalled');
new cdk.CfnMapping(t4, 'Lazy Mapping', { mapping: backing(), lazy: true });
res(t4, 'R', {});
// lazy, a token key: rendered
const t5 = new cdk.Stack(app, 'LazyTopToken');
const m5 = new cdk.CfnMapping(t5, 'Lazy Mapping', { mapping: backing(), lazy: true });
res(t5, 'R', { V: m5.findInMap(Aws.REGION, 'SecondLevelKey1') });
const t6 = new cdk.Stack(app, 'LazySecondToken');
const m6 = new cdk.CfnMapping(t6, 'Lazy Mapping', { mapping: backing(), lazy: true });
res(t6, 'R', { V: m6.findInMap('TopLevelKey1', Aws.REGION) });
// lazy: false: rendered, no info
const t7 = new cdk.Stack(app, 'NotLazy');
const m7 = new cdk.CfnMapping(t7, 'Eager', { mapping: backing(), lazy: false });
m7.findInMap('TopLevelKey1', 'SecondLevelKey1');

// default values, lazy
const t8 = new cdk.Stack(app, 'DefaultLazy');
const m8 = new cdk.CfnMapping(t8, 'Lazy Mapping', { mapping: backing(), lazy: true });
res(t8, 'R', {
  Resolved: m8.findInMap('TopLevelKey1', 'SecondLevelKey1', 'foo'),
  Top: m8.findInMap(Aws.REGION, 'SecondLevelKey1', 'foo'),
  Second: m8.findInMap('TopLevelKey1', Aws.REGION, 'foo'),
  Missing1: m8.findInMap('NonExistentKey', 'SecondLevelKey1', 'foo'),
  Missing2: m8.findInMap('TopLevelKey1', 'NonExistentKey', 'foo'),
});
const t9 = new cdk.Stack(app, 'DefaultLazyMissing');
const m9 = new cdk.CfnMapping(t9, 'Lazy Mapping', { mapping: backing(), lazy: true });
res(t9, 'R', { Missing: m9.findInMap('NonExistentKey', 'SecondLevelKey1', 'foo') });

// default values, eager
const t10 = new cdk.Stack(app, 'DefaultEager');
const m10 = new cdk.CfnMapping(t10, 'Lazy Mapping', { mapping: backing() });
res(t10, 'R', {
  Resolved: m10.findInMap('TopLevelKey1', 'SecondLevelKey1', 'foo'),
  Missing: m10.findInMap('TopLevelKey1', 'Nope', 'foo'),
});
const t11 = new cdk.Stack(app, 'DefaultEagerToken');
const m11 = new cdk.CfnMapping(t11, 'Lazy Mapping', { mapping: backing() });
res(t11, 'R', { Top: m11.findInMap(Aws.REGION, 'SecondLevelKey1', 'foo') });
// a default value used in another stack: the copy, and that stack's transform
const t12 = new cdk.Stack(app, 'Consumer');
new cdk.CfnOutput(t12, 'O', { value: m11.findInMap('TopLevelKey1', Aws.REGION, 'bar') });
// Fn.findInMap with a default, unused one adds nothing
const t13 = new cdk.Stack(app, 'FnDefault');
new cdk.CfnOutput(t13, 'O', { value: Fn.findInMap('Map', 'a', Aws.REGION, 'def') });
const t14 = new cdk.Stack(app, 'FnDefaultUnused');
Fn.findInMap('Map', 'a', 'b', 'def');
res(t14, 'R', {});
app.synth();
