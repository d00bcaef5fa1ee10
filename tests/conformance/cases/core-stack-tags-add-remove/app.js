// Conformance case 'core-stack-tags-add-remove': stack.addStackTag / removeStackTag (the stack's
// TagManager at priority 0) against the stack's props tags (priority 50) and Tags.of() aspects
// (add 100, remove 200): addStackTag cannot replace a props tag, removeStackTag cannot remove one,
// Tags.of(stack).remove removes a props tag and one of addStackTag, Tags.of(stack).add replaces
// either; removeStackTag of a tag added before, addStackTag after a removeStackTag; a tag added and
// removed on the app; a nested stack's addStackTag on its resource. The manifest's and metadata's
// stack tags show the result.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const s1 = new cdk.Stack(app, 'S1', { tags: { team: 'orders', cost: 'c1', keep: 'props' } });
new sqs.Queue(s1, 'Q');
s1.addStackTag('team', 'payments');   // below the props tag's priority: no change
s1.addStackTag('env', 'prod');
s1.addStackTag('tmp', 'x');
s1.removeStackTag('tmp');
s1.removeStackTag('keep');            // a props tag: stays
s1.removeStackTag('later');
s1.addStackTag('later', 'added-after-remove');
cdk.Tags.of(s1).remove('cost');       // removes the props tag
cdk.Tags.of(s1).add('env', 'staging'); // replaces addStackTag's

const s2 = new cdk.Stack(app, 'S2');
new sqs.Queue(s2, 'Q');
s2.addStackTag('owner', 'ops');
s2.addStackTag('gone', 'soon');
cdk.Tags.of(s2).remove('gone');
cdk.Tags.of(app).add('app', 'shop');
cdk.Tags.of(app).remove('owner', { priority: 10 }); // above 0: removes addStackTag's
// a nested stack's own tags (addStackTag's too) go to its AWS::CloudFormation::Stack resource
const nested = new cdk.NestedStack(s2, 'Inner');
new sqs.Queue(nested, 'Q');
nested.addStackTag('layer', 'inner');
nested.addStackTag('app', 'not-this');
app.synth();
