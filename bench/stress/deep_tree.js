// stress shape deep_tree, aws-cdk-lib half of deep_tree.c: N functions at the leaves of a
// binary-ish tree of plain constructs D levels deep, tags on the App and each level-2 construct,
// three aspects (App: Description on functions; stack, READONLY: a count; level 1, MUTATING:
// Metadata on roles). stackResourceLimit off.
// Usage: node deep_tree.js [N [D]]   (output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const { Construct } = require(path.join(ROOT, 'node_modules', 'constructs'));

const n = parseInt(process.argv[2] || '1000', 10);
const depth = parseInt(process.argv[3] || '12', 10);
if (!(n >= 1) || !(depth >= 1)) {
  console.error('usage: node deep_tree.js [N [D]] (N, D >= 1)');
  process.exit(2);
}
const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
const stack = new cdk.Stack(app, 'TreeStack');
let resources = 0;
cdk.Tags.of(app).add('App', 'deep-tree');
cdk.Aspects.of(app).add({
  visit(node) {
    if (node instanceof cdk.CfnResource && node.cfnResourceType === 'AWS::Lambda::Function')
      node.addPropertyOverride('Description', 'deep tree function');
  },
});
cdk.Aspects.of(stack).add({ visit(node) { if (node instanceof cdk.CfnResource) resources++; } },
  { priority: cdk.AspectPriority.READONLY });
const roleMetadata = {
  visit(node) {
    if (node instanceof cdk.CfnResource && node.cfnResourceType === 'AWS::IAM::Role')
      node.addMetadata('StressTree', 'leaf role');
  },
};

function build(scope, level, count, name) {
  if (level === depth) {
    for (let i = 0; i < count; i++) {
      new lambda.Function(scope, `Fn${i}`, {
        runtime: lambda.Runtime.NODEJS_24_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
        timeout: cdk.Duration.seconds(30),
      });
    }
    return;
  }
  const halves = [count - Math.floor(count / 2), Math.floor(count / 2)];
  for (let c = 0; c < 2 && halves[c] > 0; c++) {
    const id = `N${c}`;
    const sub = name + id;
    const child = new Construct(scope, id);
    if (level + 1 === 1) cdk.Aspects.of(child).add(roleMetadata, { priority: cdk.AspectPriority.MUTATING });
    if (level + 1 === 2) cdk.Tags.of(child).add('Subtree', sub);
    build(child, level + 1, halves[c], sub);
  }
}
build(stack, 0, n, '');
app.synth();
if (process.env.STRESS_VERBOSE) console.error(`deep_tree: ${resources} CfnResources`);
