// Aspects that create constructs and add aspects while aspects run: aws-cdk-lib's stabilization
// loop (@aws-cdk/core:aspectStabilization, on when not set) and, in a Stage where the flag is
// false, its single walk with the "added via another Aspect" warning (core/test/aspect.test.ts).
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();

// a CfnResource's "visits" metadata: the aspects that visited it, in order
function mark(node, name) {
  if (!(node instanceof cdk.CfnResource)) return;
  const visits = node.getMetadata('visits') || [];
  node.addMetadata('visits', [...visits, name]);
}

// 1. an aspect that makes a bucket (priority 90) before one that turns versioning on (100): the
//    new bucket gets versioning in a later pass
const s1 = new cdk.Stack(app, 'Creating');
new s3.Bucket(s1, 'my-bucket', { bucketName: 'my-original-bucket', versioned: false });
class AddLoggingBucketAspect {
  constructor() { this.processed = false; }
  visit(node) {
    if (node instanceof s3.CfnBucket && !this.processed) {
      new s3.Bucket(cdk.Stack.of(node), 'my-new-logging-bucket-from-aspect', {
        bucketName: 'my-new-logging-bucket-from-aspect',
      });
      this.processed = true;
    }
  }
}
class EnableBucketVersioningAspect {
  visit(node) {
    if (node instanceof s3.CfnBucket) node.addPropertyOverride('VersioningConfiguration', { Status: 'Enabled' });
  }
}
cdk.Aspects.of(s1).add(new AddLoggingBucketAspect(), { priority: 90 });
cdk.Aspects.of(s1).add(new EnableBucketVersioningAspect(), { priority: 100 });

// 2. a node made by an aspect (B, on the stack) gets the aspects already invoked on its parent (A)
//    and the later ones (C), in priority order
const s2 = new cdk.Stack(app, 'Inheriting');
new sqs.Queue(s2, 'Existing');
const named = (name) => ({ visit(node) { mark(node, name); } });
cdk.Aspects.of(s2).add(named('A'), { priority: 10 });
let madeB = false;
cdk.Aspects.of(s2).add({
  visit(node) {
    if (cdk.Stack.isStack(node) && !madeB) {
      new sqs.Queue(node, 'MadeByAspect');
      madeB = true;
    }
  },
}, { priority: 20 });
cdk.Aspects.of(s2).add(named('C'), { priority: 30 });

// 3. an aspect that, visiting the second queue, makes a queue inside the first one (already
//    visited): a later pass visits it; and one that adds an aspect to the stack while visiting
//    it (the pass starts over, and the new aspect runs everywhere)
const s3s = new cdk.Stack(app, 'Restarting');
const q1 = new sqs.Queue(s3s, 'Q1');
new sqs.Queue(s3s, 'Q2');
let madeInner = false;
cdk.Aspects.of(s3s).add({
  visit(node) {
    mark(node, 'maker');
    if (node instanceof sqs.CfnQueue && node.node.scope.node.id === 'Q2' && !madeInner) {
      new sqs.Queue(q1, 'Inner', { retentionPeriod: cdk.Duration.days(4) });
      madeInner = true;
    }
  },
});
let addedLate = false;
cdk.Aspects.of(s3s).add({
  visit(node) {
    mark(node, 'adder');
    if (cdk.Stack.isStack(node) && !addedLate) {
      cdk.Aspects.of(node).add(named('late'), { priority: 700 });
      addedLate = true;
    }
  },
}, { priority: 600 });

// 4. a Stage whose context turns the flag off: ignored (a nested Stage's synth takes the App's
//    aspectStabilization), so the aspects added by an aspect run, and the queue made inside an
//    already visited queue is visited (core-aspect-stabilization-off has the flag off)
const legacy = new cdk.Stage(app, 'Legacy');
legacy.node.setContext('@aws-cdk/core:aspectStabilization', false);
const s4 = new cdk.Stack(legacy, 'Single');
const l1 = new sqs.Queue(s4, 'L1');
new sqs.Queue(s4, 'L2');
let legacyMade = false, legacyAdded = false;
cdk.Aspects.of(s4).add({
  visit(node) {
    mark(node, 'legacy');
    if (node instanceof sqs.CfnQueue && node.node.scope.node.id === 'L2' && !legacyMade) {
      new sqs.Queue(l1, 'Inner', { retentionPeriod: cdk.Duration.days(5) });
      legacyMade = true;
    }
    if (node instanceof sqs.CfnQueue && !legacyAdded) {
      cdk.Aspects.of(node).add(named('ignored'));
      cdk.Aspects.of(s4).add(named('ignored-too'));
      legacyAdded = true;
    }
  },
});

app.synth();
