// Conformance case 'core-aspect-priorities': Aspects.of(scope).add(aspect, {priority}): on each
// construct the inherited and own aspects run by priority (lowest first; of one priority the
// inherited first), so the last one run wins; the same aspect added again (same priority) is added
// once, and met on a parent and a child it runs once per construct.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

class SetDelay {
  constructor(seconds) { this.seconds = seconds; }
  visit(node) {
    if (node instanceof sqs.CfnQueue) {
      node.addPropertyOverride('DelaySeconds', this.seconds);
      const seen = node.getMetadata('visits') || [];
      node.addMetadata('visits', [...seen, this.seconds]);
    }
  }
}

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const first = new sqs.Queue(stack, 'First');
const second = new sqs.Queue(stack, 'Second');
new sqs.Queue(stack, 'Third');

cdk.Aspects.of(stack).add(new SetDelay(5), { priority: 700 });
cdk.Aspects.of(stack).add(new SetDelay(9), { priority: 100 });
cdk.Aspects.of(first).add(new SetDelay(7));
const twice = new SetDelay(11);
cdk.Aspects.of(stack).add(twice, { priority: 600 });
cdk.Aspects.of(stack).add(twice, { priority: 600 });
cdk.Aspects.of(second).add(twice, { priority: 600 });
cdk.Aspects.of(second).add(new SetDelay(13), { priority: cdk.AspectPriority.MUTATING });
cdk.Aspects.of(second).add(new SetDelay(3), { priority: cdk.AspectPriority.READONLY });
app.synth();
