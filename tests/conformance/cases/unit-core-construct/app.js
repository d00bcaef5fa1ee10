// Conformance case 'unit-core-construct': aws-cdk's core construct.test.ts, what maps to the node
// API (the App as the tree's root): the root's id, scope and children, ids with any character but
// '/' (in tree.json), '/' as '--', children, tryFindChild / findChild, tryRemoveChild (also of a
// resource, of a construct holding one, of a stack: out of the assembly), context set at levels,
// paths, findAll in both orders, defaultChild ("Resource", "Default", set, reset, none); each value
// an output of 'Out'.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct, ConstructOrder } = require('constructs');

const app = new cdk.App();
const rootInfo = `${JSON.stringify(app.node.id)} ${app.node.scope === undefined} ${app.node.children.length}`;
const out = new cdk.Stack(app, 'Out');
let n = 0;
const output = (v) => new cdk.CfnOutput(out, `O${n++}`, { value: `[${v}]` });
const path = (c) => (c === undefined ? 'undefined' : c.node.path);
output(rootInfo);

// construct id can use any character except the path separator
const ids = new Construct(app, 'Ids');
for (const id of ['valid', 'ValiD', 'Va123lid', 'v', '  invalid', 'invalid   ', '123invalid', 'in valid', 'in_Valid',
  'in-Valid', 'in\\Valid', 'in.Valid']) {
  new Construct(ids, id);
}
output(new Construct(ids, 'Boom/Boom/Bam').node.id);

// construct.name, children, tryFindChild, findChild
const high = new Construct(app, 'HighChild');
high.node.setContext('ctx1', 12);
high.node.setContext('ctx2', 'hello');
const child1 = new Construct(high, 'Child1');
const child2 = new Construct(high, 'Child2');
const child11 = new Construct(child1, 'Child11');
const child12 = new Construct(child1, 'Child12');
const child111 = new Construct(child11, 'Child111');
new Construct(child2, 'Child21');
output([child1, child2, child11, child12, child111].map((c) => c.node.id).join(','));
output(`${child111.node.children.length} ${high.node.children.length} ${child1.node.children.length}`);
output(`${path(high.node.tryFindChild('Child1'))} ${path(high.node.tryFindChild('NotFound'))} ${path(high.node.findChild('Child2'))}`);
output(`${path(app)}|${path(child111)}|${path(child2)}`);

// can remove children from the tree using tryRemoveChild()
const removable = new Construct(app, 'Removable');
const before = removable.node.children.length;
const gone = new Construct(removable, 'Construct');
output(`${removable.node.tryRemoveChild(gone.node.id)} ${removable.node.tryRemoveChild(gone.node.id)} ${path(removable.node.tryFindChild('Construct'))} ${before === removable.node.children.length}`);
const withResources = new cdk.Stack(app, 'WithResources');
new cdk.CfnResource(withResources, 'Kept', { type: 'Test::Resource' });
new cdk.CfnResource(withResources, 'Removed', { type: 'Test::Resource' });
new cdk.CfnResource(new Construct(withResources, 'Group'), 'Inner', { type: 'Test::Resource' });
output(`${withResources.node.tryRemoveChild('Removed')} ${withResources.node.tryRemoveChild('Group')}`);
// a stack, and a construct holding one, taken out of the App: not synthesized
new cdk.CfnResource(new cdk.Stack(app, 'RemovedStack'), 'R', { type: 'Test::Resource' });
new cdk.CfnResource(new cdk.Stack(new Construct(app, 'RemovedGroup'), 'Inner'), 'R', { type: 'Test::Resource' });
output(`${app.node.tryRemoveChild('RemovedStack')} ${app.node.tryRemoveChild('RemovedGroup')}`);

// context: the lowermost value defined
output(`${JSON.stringify(child12.node.tryGetContext('ctx1'))} ${JSON.stringify(child111.node.tryGetContext('ctx2'))}`);
const ctxHigh = new Construct(app, 'highChild');
ctxHigh.node.setContext('c1', 'root');
ctxHigh.node.setContext('c2', 'root');
const ctx1 = new Construct(ctxHigh, 'child1');
ctx1.node.setContext('c2', 'child1');
ctx1.node.setContext('c3', 'child1');
const ctx2 = new Construct(ctxHigh, 'child2');
const ctx3 = new Construct(ctx1, 'child1child1');
ctx3.node.setContext('c1', 'child3');
ctx3.node.setContext('c4', 'child3');
for (const c of [ctxHigh, ctx1, ctx2, ctx3]) {
  output(['c1', 'c2', 'c3', 'c4'].map((k) => String(JSON.stringify(c.node.tryGetContext(k)))).join(','));
}

// findAll returns a list of all children in either DFS or BFS
const c1 = new Construct(app, '1');
const c2 = new Construct(c1, '2');
new Construct(c1, '3');
new Construct(c2, '4');
new Construct(c2, '5');
output(c1.node.findAll().map((x) => x.node.id).join(','));
output(c1.node.findAll(ConstructOrder.PREORDER).map((x) => x.node.id).join(','));
output(c1.node.findAll(ConstructOrder.POSTORDER).map((x) => x.node.id).join(','));

// defaultChild
const d1 = new Construct(app, 'D1');
new Construct(d1, 'child1');
new Construct(d1, 'Resource');
new Construct(d1, 'child2');
const d2 = new Construct(app, 'D2');
new Construct(d2, 'child1');
new Construct(d2, 'Default');
const d3 = new Construct(app, 'D3');
new Construct(d3, 'Resource');
d3.node.defaultChild = new Construct(d3, 'OtherResource');
const d4 = new Construct(app, 'D4');
new Construct(d4, 'child1');
const d5 = new Construct(app, 'D5');
new Construct(d5, 'Resource');
d5.node.defaultChild = new Construct(d5, 'Other');
d5.node.defaultChild = undefined;
output([d1, d2, d3, d4, d5].map((d) => path(d.node.defaultChild)).join(','));
// a default child set on an L2-like construct takes its removal policy
const holder = new Construct(withResources, 'Holder');
const l1 = new cdk.CfnResource(holder, 'NotResource', { type: 'Test::Resource' });
holder.node.defaultChild = l1;
holder.node.defaultChild.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);

app.synth();
