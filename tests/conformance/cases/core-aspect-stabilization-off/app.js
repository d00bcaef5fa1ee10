// @aws-cdk/core:aspectStabilization false (the App's context): aws-cdk-lib's invokeAspects, one walk
// of the tree. An aspect added by an aspect does not run where it was added (the first such
// addition is a warning on that construct, once per synth), and a construct made under an already
// visited one is not visited (core/test/aspect.test.ts; core-aspect-stabilization has the flag on).
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App({ context: { '@aws-cdk/core:aspectStabilization': false } });

function mark(node, name) {
  if (!(node instanceof cdk.CfnResource)) return;
  const visits = node.getMetadata('visits') || [];
  node.addMetadata('visits', [...visits, name]);
}
const named = (name) => ({ visit(node) { mark(node, name); } });

const stack = new cdk.Stack(app, 'Single');
const l1 = new sqs.Queue(stack, 'L1');
new sqs.Queue(stack, 'L2');
new sqs.Queue(stack, 'L3');
let made = false, added = false, addedChild = false;
cdk.Aspects.of(stack).add({
  visit(node) {
    mark(node, 'legacy');
    if (node instanceof sqs.CfnQueue && node.node.scope.node.id === 'L2' && !made) {
      new sqs.Queue(l1, 'Inner', { retentionPeriod: cdk.Duration.days(5) });
      made = true;
    }
    if (node instanceof sqs.CfnQueue && !added) {
      cdk.Aspects.of(node).add(named('ignored'));
      cdk.Aspects.of(stack).add(named('ignored-too'));
      added = true;
    }
  },
});
// added while visiting the stack, to a queue below it: that one runs (its construct is not
// visited yet); the warning was given once already this synth
cdk.Aspects.of(stack).add({
  visit(node) {
    if (cdk.Stack.isStack(node) && !addedChild) {
      cdk.Aspects.of(node.node.findChild('L3')).add(named('below'));
      addedChild = true;
    }
  },
}, { priority: 100 });

app.synth();
