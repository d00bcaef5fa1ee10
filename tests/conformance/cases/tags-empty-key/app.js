// Conformance case 'tags-empty-key': Tags.of(...).add('', value) at the app, a stack and a
// construct group. aws-cdk-lib's Tag checks only that a value is given: the empty key becomes a
// tag like any other, in the templates' Tags and in the manifest's stack tags. ccdk used to refuse
// it ("Tag key must not be empty"). Found by gen_err.py (de-73, de-260).
'use strict';
const { Construct } = require('constructs');
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new Construct(stack, 'Group');
new sqs.Queue(group, 'Queue');
new sns.Topic(stack, 'Topic');
cdk.Tags.of(group).add('', 'group');
cdk.Tags.of(stack).add('', 'stack');
cdk.Tags.of(stack).add('b', '');
const other = new cdk.Stack(app, 'Other');
new sqs.Queue(other, 'Queue');
cdk.Tags.of(app).add('', 'ü');
app.synth();
