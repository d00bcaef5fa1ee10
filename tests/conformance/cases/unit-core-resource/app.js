// Conformance case 'unit-core-resource': aws-cdk's core resource.test.ts, cfn-resource.test.ts,
// removal-policy.test.ts and output.test.ts, each test a stack of one App.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();

// all resources derive from Resource; logical ids from the full path
const s1 = new cdk.Stack(app, 'Basics');
new cdk.CfnResource(s1, 'MyResource', { type: 'MyResourceType', properties: { Prop1: 'p1', Prop2: 123 } });
const level1 = new Construct(s1, 'level1');
const level3 = new Construct(new Construct(level1, 'level2'), 'level3');
new cdk.CfnResource(level1, 'childoflevel1', { type: 'MyResourceType1' });
new cdk.CfnResource(level3, 'childoflevel3', { type: 'MyResourceType2' });
// renders "Properties" for a resource that has only properties set to false
new cdk.CfnResource(s1, 'FalseProps', { type: 'Test::Resource::Fake', properties: { FakeProperty: false } });

// attributes by getAtt; DependsOn from node.addDependency and addDependency (once each)
const s2 = new cdk.Stack(app, 'Attributes');
const counter = new cdk.CfnResource(s2, 'MyResource', { type: 'My::Counter', properties: { Count: 10 } });
new cdk.CfnResource(s2, 'YourResource', {
  type: 'Type',
  properties: {
    CounterName: counter.getAtt('Name'),
    CounterArn: counter.getAtt('Arn').toString(),
    CounterURL: counter.getAtt('URL').toString(),
    CounterRef: counter.ref,
  },
});
const c1 = new cdk.CfnResource(s2, 'Counter1', { type: 'My::Counter', properties: { Count: 1 } });
const c2 = new cdk.CfnResource(s2, 'Counter2', { type: 'My::Counter', properties: { Count: 1 } });
const r3 = new cdk.CfnResource(s2, 'Resource3', { type: 'MyResourceType' });
c2.node.addDependency(c1);
c2.node.addDependency(r3);
const dependent = new cdk.CfnResource(s2, 'Dependent', { type: 'R' });
for (let i = 0; i < 5; i++) dependent.addDependency(c1);
// do nothing if source is target
c1.addDependency(c1);

// addDependency adds all the resources of dependent constructs (flattened)
const s3 = new cdk.Stack(app, 'Flatten');
const myC1 = new Construct(s3, 'MyC1');
new cdk.CfnResource(myC1, 'R1', { type: 'T1' });
new cdk.CfnResource(myC1, 'R2', { type: 'T2' });
const myC2 = new Construct(s3, 'MyC2');
new cdk.CfnResource(myC2, 'R3', { type: 'T3' });
const myC3 = new Construct(s3, 'MyC3');
new cdk.CfnResource(new Construct(myC3, 'C2'), 'R3', { type: 'T3' });
const depending = new cdk.CfnResource(s3, 'MyResource', { type: 'R' });
depending.node.addDependency(myC1);
depending.node.addDependency(myC2);
depending.node.addDependency(myC3);

// conditions, metadata, removal policies
const s4 = new cdk.Stack(app, 'Options');
const cond = new cdk.CfnCondition(s4, 'MyCondition', { expression: cdk.Fn.conditionNot(cdk.Fn.conditionEquals('a', 'b')) });
new cdk.CfnResource(s4, 'Resource', { type: 'Type' }).cfnOptions.condition = cond;
const withMeta = new cdk.CfnResource(s4, 'WithMetadata', { type: 'Type' });
withMeta.addMetadata('MyKey', 10);
withMeta.addMetadata('MyValue', 99);
withMeta.addMetadata('Beep', 'Boop');
new cdk.CfnResource(s4, 'Retain', { type: 'T1' }).applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
new cdk.CfnResource(s4, 'Destroy', { type: 'T3' }).applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
new cdk.CfnResource(s4, 'ExceptOnCreate', { type: 'MOCK' }).applyRemovalPolicy(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);
for (const t of ['AWS::DocDB::DBCluster', 'AWS::EC2::Volume', 'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup', 'AWS::Neptune::DBCluster', 'AWS::RDS::DBCluster', 'AWS::RDS::DBInstance',
  'AWS::Redshift::Cluster']) {
  new cdk.CfnResource(s4, t.replace(/::/g, ''), { type: t }).applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT);
}
// applyRemovalPolicy on an L2: its default child
const child = new Construct(s4, 'Child');
new cdk.CfnResource(child, 'Resource', { type: 'ChildResourceType' }).applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);

// overrides
const s5 = new cdk.Stack(app, 'Overrides');
const o1 = new cdk.CfnResource(s5, 'MyResource', { type: 'AWS::Resource::Type' });
o1.addOverride('Type', 'YouCanEvenOverrideTheType');
o1.addOverride('Metadata', { Key: 12 });
o1.addOverride('Use.Dot.Notation', 'To create subtrees');
const o2 = new cdk.CfnResource(s5, 'MyResource2', { type: 'AWS::Resource::Type' });
o2.addPropertyOverride('A', { B: o1.getAtt('Arn') });
const o3 = new cdk.CfnResource(s5, 'NullValue', {
  type: 'AWS::Resource::Type',
  properties: { Hello: { World: { Value1: 'Hello', Value2: 129 } } },
});
o3.addOverride('Properties.Hello.World.Value2', null);
const o4 = new cdk.CfnResource(s5, 'UndefinedValue', {
  type: 'AWS::Resource::Type',
  properties: { Hello: { World: { Value1: 'Hello', Value2: 129 } } },
});
o4.addOverride('Properties.Hello.World.Value2', undefined);
const o5 = new cdk.CfnResource(s5, 'NoEmptyTrees', { type: 'AWS::Resource::Type' });
o5.addPropertyOverride('Tree.Exists', 42);
o5.addPropertyOverride('Tree.Does.Not.Exist', undefined);
const o6 = new cdk.CfnResource(s5, 'DeletionSugar', {
  type: 'AWS::Resource::Type',
  properties: { Hello: { World: { Value1: 'Hello', Value2: 129, Value3: ['foo', 'bar'] } } },
});
o6.addDeletionOverride('Properties.Hello.World.Value2');
o6.addPropertyDeletionOverride('Hello.World.Value3');
const o7 = new cdk.CfnResource(s5, 'OverwriteNonObjects', {
  type: 'AWS::Resource::Type',
  properties: { Hello: { World: 42 } },
});
o7.addOverride('Properties.Override1', ['Hello', 123]);
o7.addOverride('Properties.Override1.Override2', { Heyy: [1] });
o7.addOverride('Properties.Hello.World.Foo.Bar', 42);
const o8 = new cdk.CfnResource(s5, 'EscapedDots', { type: 'AWS::Resource::Type' });
o8.addOverride(String.raw`Properties.Hello\.World.Foo\.Bar\.Baz`, 42);
o8.addOverride(String.raw`Properties.Single\Back\Slashes`, 42);
o8.addOverride(String.raw`Properties.Escaped\\.Back\\.Slashes`, 42);
o8.addOverride(String.raw`Properties.DoublyEscaped\\\\Back\\\\Slashes`, 42);
o8.addOverride('Properties.EndWith\\', 42);
const o9 = new cdk.CfnResource(s5, 'Sugar', { type: 'AWS::Resource::Type', properties: { Hello: { World: 42 } } });
o9.addPropertyOverride('Hello.World', { Hey: 'Jude' });
o9.addPropertyOverride('Boom', 'Hi');
o9.addOverride('Properties.Foo.Bar', 'Bar');
const i1 = new cdk.CfnResource(s5, 'IntrinsicOverIntrinsic', { type: 'MyResourceType', properties: { prop1: cdk.Fn.ref('Param') } });
i1.addPropertyOverride('prop1', cdk.Fn.join('-', ['hello', cdk.Fn.ref('Param')]));
const condition = new cdk.CfnCondition(s5, 'MyCondition', { expression: cdk.Fn.conditionEquals('us-east-1', 'us-east-1') });
const i2 = new cdk.CfnResource(s5, 'ObjectWithIntrinsic', {
  type: 'MyResourceType',
  properties: { prop1: { subprop: { name: cdk.Fn.getAtt('resource', 'abc') } } },
});
i2.addPropertyOverride('prop1.subprop', cdk.Fn.conditionIf(condition.logicalId, { Ref: 'AWS::NoValue' },
  { name: cdk.Fn.getAtt('resource', 'abc') }));
const i3 = new cdk.CfnResource(s5, 'NestedIntrinsic', {
  type: 'MyResourceType',
  properties: { prop1: cdk.Fn.importValue(cdk.Fn.sub('${Sub}', { Sub: 'Value' })) },
});
i3.addPropertyOverride('prop1', cdk.Fn.importValue(cdk.Fn.join('-', ['abc', cdk.Fn.sub('${Sub}', { Sub: 'Value' })])));

// cross-stack construct dependencies become stack dependencies (no DependsOn)
const stackA = new cdk.Stack(app, 'StackA');
const resA = new cdk.CfnResource(stackA, 'Resource', { type: 'R' });
const stackB = new cdk.Stack(app, 'StackB');
const resB = new cdk.CfnResource(stackB, 'Resource', { type: 'R' });
resB.node.addDependency(resA);
const resB2 = new cdk.CfnResource(stackB, 'Resource2', { type: 'Test::Resource::Fake1' });
resB2.addDependency(resA);
resB2.addDependency(resA);

// outputs
const s6 = new cdk.Stack(app, 'Outputs');
const outRes = new cdk.CfnResource(s6, 'MyResource', { type: 'R' });
new cdk.CfnOutput(s6, 'MyOutput', { exportName: 'ExportName', value: outRes.ref, description: 'CfnOutput properties' });
const exported = new cdk.CfnOutput(s6, 'SomeOutput', { value: 'x', exportName: 'asdf' });
new cdk.CfnOutput(s6, 'NoExport', { value: 'x' });
const s7 = new cdk.Stack(app, 'Stack2');
new cdk.CfnResource(s7, 'Resource', { type: 'Some::Resource', properties: { input: exported.importValue } });

app.synth();
