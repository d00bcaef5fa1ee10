// Conformance case 'unit-core-names': aws-cdk's core names.test.ts (Names.stackRelativeConstructPath:
// in a stack, through a nested stack, without a stack), construct.test.ts's Names.uniqueId test, and
// Names.uniqueResourceName (cfn-resource.test.ts's stack of a 247-character id; maxLength, separator,
// allowedSpecialCharacters, a cut in the middle at odd lengths, one component alone, through a
// nested stack, without a stack), each value an output of the stack 'Names'.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const { Names } = cdk;

const app = new cdk.App();
const out = new cdk.Stack(app, 'Names');
let n = 0;
const output = (v) => new cdk.CfnOutput(out, `O${n++}`, { value: `[${v}]` });

// simple stack-relative paths
const stack = new cdk.Stack(app, 'MyStack');
const ctr1 = new Construct(stack, 'Ctr1');
const ctr2 = new Construct(ctr1, 'Ctr2');
output(Names.stackRelativeConstructPath(ctr2));
output(Names.stackRelativeConstructPath(stack));
// nested stacks are not considered roots
const nested = new cdk.NestedStack(ctr1, 'Nested');
const inNested = new Construct(nested, 'Ctr2');
output(Names.stackRelativeConstructPath(inNested));
// no stacks show entire path (with leading slash for root)
const free1 = new Construct(app, 'Ctr1');
const free2 = new Construct(free1, 'Ctr2');
output(Names.stackRelativeConstructPath(free2));

// construct.uniqueId returns a tree-unique alphanumeric id of this construct
const child1 = new Construct(app, 'This is the first child');
const child2 = new Construct(child1, 'Second level');
const c1 = new Construct(child2, 'My construct');
const c2 = new Construct(child1, 'My construct');
for (const c of [c1, c2, ctr2, inNested, free2, stack, app]) output(Names.uniqueId(c));
output(Names.nodeUniqueId(c1.node));

// uniqueResourceName
const long = new cdk.Stack(app, 'A'.repeat(247), { stackName: 'TestStack2' });
output(Names.uniqueId(long));
output(Names.uniqueResourceName(long, {}));
const deep = new Construct(new Construct(long, 'Some Level-One_x'), 'Resource');
const leaf = new Construct(deep, 'Leaf.Name-2');
for (const c of [ctr2, inNested, free2, stack, leaf, deep]) {
  output(Names.uniqueResourceName(c, {}));
  output(Names.uniqueResourceName(c, { maxLength: 64, separator: '-' }));
  output(Names.uniqueResourceName(c, { maxLength: 63, separator: '-', allowedSpecialCharacters: '_.-' }));
  output(Names.uniqueResourceName(c, { maxLength: 20, allowedSpecialCharacters: '_' }));
  output(Names.uniqueResourceName(c, { maxLength: 9 }));
}
// allowedSpecialCharacters as aws-cdk-lib's own uses: a character class (".-_" is a range)
const special = new Construct(new Construct(stack, 'a:b@c[d]^e~f'), 'g.h-i_j/k\\l m');
for (const allowed of ['-', '-_', '.-_', '/_-', '_', '\\.']) {
  output(Names.uniqueResourceName(special, { allowedSpecialCharacters: allowed, separator: '|' }));
}
const veryLong = new Construct(stack, 'x'.repeat(300));
output(Names.uniqueResourceName(veryLong, {}));
output(Names.uniqueResourceName(veryLong, { maxLength: 255 }));
output(Names.uniqueResourceName(new Construct(veryLong, 'Child'), { maxLength: 101, separator: '/' }));

app.synth();
