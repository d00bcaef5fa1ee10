// Conformance case 'unit-core-cfn-resource-deps': aws-cdk's core cfn-resource.test.ts and
// deps.test.ts, a stack (or a few) per test (error-core-cfn-resource-snapshot-* have the snapshot
// removal policy tests): addDependency / removeDependency / replaceDependency / obtainDependencies
// within a stack and across stacks (the stacks' dependency goes with its last reason), getMetadata,
// isCfnResource, and node.addDependency across nested and support stacks below a construct.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const paths = (r) => r.obtainDependencies().map((x) => x.node.path).join(',') || 'none';

// can explicitly remove a dependency between resources
const s1 = new cdk.Stack(app, 'TestStack');
const a1 = new cdk.CfnResource(s1, 'Resource1', { type: 'Test::Resource::Fake1' });
const a2 = new cdk.CfnResource(s1, 'Resource2', { type: 'Test::Resource::Fake2' });
const a3 = new cdk.CfnResource(s1, 'Resource3', { type: 'Test::Resource::Fake3' });
a1.addResourceDependency(a2);
a1.addDependency(a3);
a1.removeResourceDependency(a2);
a1.removeDependency(a2);
new cdk.CfnOutput(s1, 'Obtained', { value: paths(a1) });
// replaceDependency within a stack
const a4 = new cdk.CfnResource(s1, 'Resource4', { type: 'Test::Resource::Fake4' });
a4.addDependency(a1);
a4.replaceDependency(a1, a2);
new cdk.CfnOutput(s1, 'Replaced', { value: paths(a4) });
// can read metadata; isCfnResource
a2.addMetadata('Beep', 'Boop');
new cdk.CfnOutput(s1, 'Metadata', { value: a2.getMetadata('Beep') });
new cdk.CfnOutput(s1, 'NoMetadata', { value: String(a2.getMetadata('Nope')) });
new cdk.CfnOutput(s1, 'IsCfnResource', {
  value: [a1, s1, undefined].map((x) => String(cdk.CfnResource.isCfnResource(x))).join(','),
});

// can explicitly add, obtain, and remove dependencies across stacks
const x1 = new cdk.Stack(app, 'TestStack1');
const x2 = new cdk.Stack(app, 'A'.repeat(247), { stackName: 'TestStack2' });
const r1 = new cdk.CfnResource(x1, 'Resource1', { type: 'Test::Resource::Fake1' });
const r2 = new cdk.CfnResource(x2, 'Resource2', { type: 'Test::Resource::Fake2' });
const r3 = new cdk.CfnResource(x1, 'Resource3', { type: 'Test::Resource::Fake3' });
r1.addResourceDependency(r2);
r1.addDependency(r2);
r1.addDependency(r3);
new cdk.CfnOutput(x1, 'Before', { value: `${x1.dependencies.length} ${x1.dependencies.map((s) => s.node.id).join(',')} ${paths(r1)}` });
r1.removeResourceDependency(r2);
r1.removeResourceDependency(r2);
new cdk.CfnOutput(x1, 'After', { value: `${x1.dependencies.length} ${paths(r1)}` });
// a dependency with another reason stays when one goes
const r4 = new cdk.CfnResource(x1, 'Resource4', { type: 'Test::Resource::Fake4' });
r4.addDependency(r2);
r1.addDependency(r2);
r4.removeDependency(r2);
new cdk.CfnOutput(x1, 'Kept', { value: `${x1.dependencies.length} ${paths(r1)} ${paths(r4)}` });

// can explicitly add, then replace dependencies across stacks
const y1 = new cdk.Stack(app, 'ReplaceStack1');
const y2 = new cdk.Stack(app, 'ReplaceStack2');
const y3 = new cdk.Stack(app, 'ReplaceStack3');
const q1 = new cdk.CfnResource(y1, 'Resource1', { type: 'Test::Resource::Fake1' });
const q2 = new cdk.CfnResource(y2, 'Resource2', { type: 'Test::Resource::Fake2' });
const q3 = new cdk.CfnResource(y3, 'Resource3', { type: 'Test::Resource::Fake3' });
q1.addDependency(q2);
q1.replaceDependency(q2, q3);
new cdk.CfnOutput(y1, 'Deps', { value: `${y1.dependencies.map((s) => s.node.id).join(',')} ${paths(q1)}` });

// across "nested" (support) stacks below a construct
const z1 = new cdk.Stack(app, 'SupportParent');
const common = new Construct(z1, 'CommonConstruct');
const n1 = new cdk.Stack(common, 'TestNestedStack1');
const n2 = new cdk.Stack(common, 'TestNestedStack2');
const m1 = new cdk.CfnResource(n1, 'Resource1', { type: 'Test::Resource::Fake1' });
const m2 = new cdk.CfnResource(n2, 'Resource2', { type: 'Test::Resource::Fake2' });
m1.addDependency(m2);
m1.addDependency(m2);
new cdk.CfnOutput(z1, 'NestedBefore', { value: `${n1.dependencies.length} ${n1.dependencies.map((s) => s.node.id).join(',')}` });
m1.removeDependency(m2);
m1.removeDependency(m2);
new cdk.CfnOutput(z1, 'NestedAfter', { value: `${n1.dependencies.length} ${z1.dependencies.length}` });

// handle source being common stack: a stack's node.addDependency on its own resource is nothing
const common1 = new cdk.Stack(app, 'CommonStack');
const cr1 = new cdk.CfnResource(common1, 'Resource1', { type: 'Test::Resource::Fake1' });
new cdk.CfnResource(common1, 'Resource2', { type: 'Test::Resource::Fake2' });
common1.node.addDependency(cr1);

// dependencies involving NestedStacks
function nestedFixture(id) {
  const rootStack = new cdk.Stack(app, id);
  const compound = new Construct(rootStack, 'Compound');
  const nested = new cdk.NestedStack(compound, 'Nested');
  new cdk.CfnResource(compound, 'NestedSibling', { type: 'Test::Resource::Fake' });
  const nestedChild = new cdk.CfnResource(nested, 'NestedChild', { type: 'Test::Resource::Fake' });
  const topChild = new cdk.CfnResource(rootStack, 'TopChild', { type: 'Test::Resource::Fake' });
  return { compound, nestedChild, topChild };
}
const f1 = nestedFixture('Root1');
f1.topChild.node.addDependency(f1.nestedChild);
const f2 = nestedFixture('Root2');
f2.nestedChild.node.addDependency(f2.topChild);
const f3 = nestedFixture('Root3');
f3.topChild.node.addDependency(f3.compound);

// dependencies involving support Stacks
function supportFixture(id) {
  const topStack = new cdk.Stack(app, id);
  const compound = new Construct(topStack, 'Compound');
  const support = new cdk.Stack(compound, 'Support');
  new cdk.CfnResource(compound, 'NestedSibling', { type: 'Test::Resource::Fake' });
  const supportChild = new cdk.CfnResource(support, 'SupportChild', { type: 'Test::Resource::Fake' });
  const topChild = new cdk.CfnResource(topStack, 'TopChild', { type: 'Test::Resource::Fake' });
  return { compound, supportChild, topChild };
}
const g1 = supportFixture('Top1');
g1.topChild.node.addDependency(g1.supportChild);
const g2 = supportFixture('Top2');
g2.supportChild.node.addDependency(g2.topChild);
const g3 = supportFixture('Top3');
g3.topChild.node.addDependency(g3.compound);

app.synth();
